package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How an answer is scored. Written either as a bare name ({@code metric: exact_match}) or as an
 * object with options ({@code metric: {type: numeric, tolerance: 0.01}}).
 *
 * @param ignoreCase for exact_match, contains and regex: compare without regard to case
 * @param pattern for regex: the pattern whose first group (or whole match) is the answer; without
 *     it the target itself is the pattern the output must contain
 * @param tolerance for numeric: the largest absolute difference still counted as correct
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricSpec(String type, Boolean ignoreCase, String pattern, Double tolerance) {

  @JsonCreator
  public MetricSpec(
      @JsonProperty("type") String type,
      @JsonProperty("ignoreCase") Boolean ignoreCase,
      @JsonProperty("pattern") String pattern,
      @JsonProperty("tolerance") Double tolerance) {
    this.type = type;
    this.ignoreCase = ignoreCase;
    this.pattern = pattern;
    this.tolerance = tolerance;
  }

  /** The bare-name form, {@code metric: exact_match}. */
  @JsonCreator
  public static MetricSpec of(String type) {
    return new MetricSpec(type, null, null, null);
  }

  public boolean caseInsensitive() {
    return Boolean.TRUE.equals(ignoreCase);
  }
}
