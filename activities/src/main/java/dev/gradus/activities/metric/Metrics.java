package dev.gradus.activities.metric;

import dev.gradus.spec.MetricSpec;
import java.util.List;

/**
 * Builds the metric a task's spec names. Metrics that need an LLM (such as a judge) are built where
 * the providers live; these are the pure ones.
 */
public final class Metrics {

  private static final List<String> NAMES =
      List.of("exact_match", "contains", "regex", "f1", "numeric");

  private Metrics() {}

  /** The metric types this factory builds, for validating specs. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * @throws IllegalArgumentException for an unknown type or an invalid option (a bad regex pattern,
   *     a negative tolerance), naming the spec field
   */
  public static Metric create(MetricSpec spec) {
    String type = spec == null || spec.type() == null ? "exact_match" : spec.type();
    boolean ignoreCase = spec != null && spec.caseInsensitive();
    return switch (type) {
      case "exact_match" -> new ExactMatchMetric(ignoreCase);
      case "contains" -> new ContainsMetric(ignoreCase);
      case "regex" -> new RegexMetric(spec.pattern(), ignoreCase);
      case "f1" -> new TokenF1Metric();
      case "numeric" -> new NumericMetric(spec.tolerance());
      default ->
          throw new IllegalArgumentException(
              "task.metric: unknown metric \"%s\"; supported: %s"
                  .formatted(type, String.join(", ", NAMES)));
    };
  }
}
