package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How an answer is scored. Written either as a bare name ({@code metric: exact_match}) or as an
 * object with options ({@code metric: {type: numeric, tolerance: 0.01}}).
 *
 * @param ignoreCase for exact_match, contains and regex: compare without regard to case
 * @param pattern for regex: the pattern whose first group (or whole match) is the answer; without
 *     it the target itself is the pattern the output must contain
 * @param tolerance for numeric: the largest absolute difference still counted as correct
 * @param schema for json_match: a JSON Schema the parsed answer must satisfy, or null
 * @param fields for json_match: the fields compared with the target's, as JSON pointers ({@code
 *     /address/city}) or dotted paths ({@code address.city}); null compares every field the target
 *     has
 * @param metrics for composite: the metrics whose weighted mean is the score
 * @param weight in a composite's {@code metrics}: this metric's weight (default 1)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricSpec(
    String type,
    Boolean ignoreCase,
    String pattern,
    Double tolerance,
    JsonNode schema,
    List<String> fields,
    List<MetricSpec> metrics,
    Double weight) {

  /**
   * Every metric type a spec may name: the validator accepts these and the workers build them, so
   * both read this one list.
   */
  public static final List<String> TYPES =
      List.of("exact_match", "contains", "regex", "f1", "numeric", "json_match", "composite");

  /** The object form, {@code metric: {type: numeric, tolerance: 0.01}}. */
  @JsonCreator
  public MetricSpec(
      @JsonProperty("type") String type,
      @JsonProperty("ignoreCase") Boolean ignoreCase,
      @JsonProperty("pattern") String pattern,
      @JsonProperty("tolerance") Double tolerance,
      @JsonProperty("schema") JsonNode schema,
      @JsonProperty("fields") List<String> fields,
      @JsonProperty("metrics") List<MetricSpec> metrics,
      @JsonProperty("weight") Double weight) {
    this.type = type;
    this.ignoreCase = ignoreCase;
    this.pattern = pattern;
    this.tolerance = tolerance;
    this.schema = schema;
    this.fields = fields == null ? null : List.copyOf(fields);
    this.metrics = metrics == null ? null : List.copyOf(metrics);
    this.weight = weight;
  }

  /** The bare-name form, {@code metric: exact_match}. */
  @JsonCreator
  public static MetricSpec of(String type) {
    return new MetricSpec(type, null, null, null, null, null, null, null);
  }

  /** A metric with one of the simple options; the others null. */
  public static MetricSpec simple(
      String type, Boolean ignoreCase, String pattern, Double tolerance) {
    return new MetricSpec(type, ignoreCase, pattern, tolerance, null, null, null, null);
  }

  public boolean caseInsensitive() {
    return Boolean.TRUE.equals(ignoreCase);
  }

  /** The weight in a composite: 1 unless given. */
  public double weightOrOne() {
    return weight == null ? 1.0 : weight;
  }
}
