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
 * @param rubric for llm_judge: what a good answer is, in words the judges read
 * @param judges for llm_judge: the judge models; several make an ensemble
 * @param samples for llm_judge: verdicts asked of each judge per answer (default 1); more than one
 *     makes an ensemble of samples of one model
 * @param scale for llm_judge: the highest grade, grades running from 1 (default 5)
 * @param aggregate for llm_judge: how the verdicts of one answer combine: {@code mean} (default),
 *     {@code median} or {@code majority}
 * @param mode for llm_judge: {@code pointwise} (default) grades each answer on the scale; {@code
 *     pairwise} asks which of the candidate's and the seed prompt's answers is better, in both
 *     orders to cancel the judges' position bias, and scores the candidate's share of wins
 * @param threshold for embedding_similarity: the similarity from which an answer counts as fully
 *     correct; without it the score is the similarity itself
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
    Double weight,
    String rubric,
    List<ModelSpec> judges,
    Integer samples,
    Integer scale,
    String aggregate,
    String mode,
    Double threshold) {

  /**
   * Every metric type a spec may name: the validator accepts these and the workers build them, so
   * both read this one list.
   */
  public static final List<String> TYPES =
      List.of(
          "exact_match",
          "contains",
          "regex",
          "f1",
          "numeric",
          "json_match",
          "embedding_similarity",
          "llm_judge",
          "composite");

  public static final String LLM_JUDGE = "llm_judge";
  public static final String COMPOSITE = "composite";

  /** How an llm_judge metric combines its verdicts; the first is the default. */
  public static final List<String> AGGREGATES = List.of("mean", "median", "majority");

  /** How an llm_judge metric asks; the first is the default. */
  public static final List<String> MODES = List.of("pointwise", "pairwise");

  public static final int DEFAULT_SCALE = 5;

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
      @JsonProperty("weight") Double weight,
      @JsonProperty("rubric") String rubric,
      @JsonProperty("judges") List<ModelSpec> judges,
      @JsonProperty("samples") Integer samples,
      @JsonProperty("scale") Integer scale,
      @JsonProperty("aggregate") String aggregate,
      @JsonProperty("mode") String mode,
      @JsonProperty("threshold") Double threshold) {
    this.type = type;
    this.ignoreCase = ignoreCase;
    this.pattern = pattern;
    this.tolerance = tolerance;
    this.schema = schema;
    this.fields = fields == null ? null : List.copyOf(fields);
    this.metrics = metrics == null ? null : List.copyOf(metrics);
    this.weight = weight;
    this.rubric = rubric;
    this.judges = judges == null ? null : List.copyOf(judges);
    this.samples = samples;
    this.scale = scale;
    this.aggregate = aggregate;
    this.mode = mode;
    this.threshold = threshold;
  }

  /** The bare-name form, {@code metric: exact_match}. */
  @JsonCreator
  public static MetricSpec of(String type) {
    return simple(type, null, null, null);
  }

  /** A metric with one of the simple options; the others null. */
  public static MetricSpec simple(
      String type, Boolean ignoreCase, String pattern, Double tolerance) {
    return new MetricSpec(
        type,
        ignoreCase,
        pattern,
        tolerance,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public boolean caseInsensitive() {
    return Boolean.TRUE.equals(ignoreCase);
  }

  /** The weight in a composite: 1 unless given. */
  public double weightOrOne() {
    return weight == null ? 1.0 : weight;
  }

  /** Verdicts asked of each judge per answer: 1 unless given. */
  public int samplesPerJudge() {
    return samples == null ? 1 : samples;
  }

  public int scaleOrDefault() {
    return scale == null ? DEFAULT_SCALE : scale;
  }

  public String aggregateOrDefault() {
    return aggregate == null ? AGGREGATES.get(0) : aggregate;
  }

  public boolean pairwise() {
    return "pairwise".equals(mode);
  }

  /**
   * Provider calls this metric makes to score one answer, beyond the target call that produced it:
   * the judges' verdicts (two per verdict when pairwise, one per order) and, when pairwise, the
   * seed prompt's answer it is compared with. The budget grants them with the target's.
   */
  public int callsPerAnswer() {
    if (LLM_JUDGE.equals(type)) {
      int judgeCount = judges == null ? 0 : judges.size();
      int verdicts = judgeCount * samplesPerJudge();
      return pairwise() ? 1 + 2 * verdicts : verdicts;
    }
    if (COMPOSITE.equals(type) && metrics != null) {
      return metrics.stream().mapToInt(MetricSpec::callsPerAnswer).sum();
    }
    return 0;
  }

  /**
   * Provider calls that scoring one example may make: each of {@code samples} target answers, and
   * {@code metric}'s judge calls for each (none for a null metric, which is exact match). The
   * budget grants this many per example, and settles what it granted.
   */
  public static int callsPerExample(MetricSpec metric, int samples) {
    return samples * (1 + (metric == null ? 0 : metric.callsPerAnswer()));
  }

  /** Whether this metric, or a part of it, compares answers with the seed prompt's. */
  public boolean needsBaseline() {
    if (LLM_JUDGE.equals(type)) {
      return pairwise();
    }
    return COMPOSITE.equals(type)
        && metrics != null
        && metrics.stream().anyMatch(MetricSpec::needsBaseline);
  }
}
