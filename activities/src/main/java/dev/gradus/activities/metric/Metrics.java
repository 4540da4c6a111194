package dev.gradus.activities.metric;

import dev.gradus.spec.MetricSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the metric a task's spec names. Metrics that need an LLM (such as a judge) are built where
 * the providers live; these are the pure ones.
 */
public final class Metrics {

  private Metrics() {}

  /** The metric types this factory builds, for validating specs. */
  public static List<String> names() {
    return MetricSpec.TYPES;
  }

  private static Metric composite(MetricSpec spec) {
    if (spec.metrics() == null || spec.metrics().isEmpty()) {
      throw new IllegalArgumentException("task.metric.metrics: a composite needs metrics");
    }
    List<CompositeMetric.Part> parts = new ArrayList<>();
    for (MetricSpec part : spec.metrics()) {
      String name = part.type() == null ? "exact_match" : part.type();
      parts.add(new CompositeMetric.Part(name, part.weightOrOne(), create(part)));
    }
    return new CompositeMetric(parts);
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
      case "json_match" -> new JsonMatchMetric(spec.schema(), spec.fields());
      case "composite" -> composite(spec);
      default ->
          throw new IllegalArgumentException(
              "task.metric: unknown metric \"%s\"; supported: %s"
                  .formatted(type, String.join(", ", MetricSpec.TYPES)));
    };
  }
}
