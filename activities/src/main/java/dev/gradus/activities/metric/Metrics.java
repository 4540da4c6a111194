package dev.gradus.activities.metric;

import dev.gradus.activities.judge.JudgeCalls;
import dev.gradus.activities.judge.LlmJudgeMetric;
import dev.gradus.spec.MetricSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the metric a task's spec names. A judge metric calls models, so it is built with the
 * {@link JudgeCalls} of the evaluation that runs it; the others are pure functions of the answer.
 */
public final class Metrics {

  private Metrics() {}

  /** The metric types this factory builds, for validating specs. */
  public static List<String> names() {
    return MetricSpec.TYPES;
  }

  private static Metric composite(MetricSpec spec, JudgeCalls judges) {
    if (spec.metrics() == null || spec.metrics().isEmpty()) {
      throw new IllegalArgumentException("task.metric.metrics: a composite needs metrics");
    }
    List<CompositeMetric.Part> parts = new ArrayList<>();
    for (MetricSpec part : spec.metrics()) {
      String name = part.type() == null ? "exact_match" : part.type();
      parts.add(new CompositeMetric.Part(name, part.weightOrOne(), create(part, judges)));
    }
    return new CompositeMetric(parts);
  }

  /** A metric that calls no model; asking it for an llm_judge is an error. */
  public static Metric create(MetricSpec spec) {
    return create(spec, null);
  }

  /**
   * @param judges the judge models' calls, for an llm_judge metric or a composite holding one
   * @throws IllegalArgumentException for an unknown type or an invalid option (a bad regex pattern,
   *     a negative tolerance), naming the spec field
   */
  public static Metric create(MetricSpec spec, JudgeCalls judges) {
    String type = spec == null || spec.type() == null ? "exact_match" : spec.type();
    boolean ignoreCase = spec != null && spec.caseInsensitive();
    return switch (type) {
      case "exact_match" -> new ExactMatchMetric(ignoreCase);
      case "contains" -> new ContainsMetric(ignoreCase);
      case "regex" -> new RegexMetric(spec.pattern(), ignoreCase);
      case "f1" -> new TokenF1Metric();
      case "numeric" -> new NumericMetric(spec.tolerance());
      case "json_match" -> new JsonMatchMetric(spec.schema(), spec.fields());
      case "embedding_similarity" -> new EmbeddingSimilarityMetric(spec.threshold());
      case "llm_judge" -> {
        if (judges == null) {
          throw new IllegalArgumentException(
              "task.metric: llm_judge needs the judge models' calls");
        }
        yield new LlmJudgeMetric(spec, judges);
      }
      case "composite" -> composite(spec, judges);
      default ->
          throw new IllegalArgumentException(
              "task.metric: unknown metric \"%s\"; supported: %s"
                  .formatted(type, String.join(", ", MetricSpec.TYPES)));
    };
  }
}
