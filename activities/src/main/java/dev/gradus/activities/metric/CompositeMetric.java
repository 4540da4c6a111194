package dev.gradus.activities.metric;

import dev.gradus.search.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The weighted mean of several metrics' scores, such as exact match for the label and F1 for the
 * explanation. Its feedback gathers every component's, each named with its weight, so an optimizer
 * sees which part of the answer lost the points.
 */
final class CompositeMetric implements Metric {

  /** One component and its weight. */
  record Part(String name, double weight, Metric metric) {}

  private final List<Part> parts;
  private final double totalWeight;

  CompositeMetric(List<Part> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("task.metric.metrics: a composite needs metrics");
    }
    this.parts = List.copyOf(parts);
    this.totalWeight = parts.stream().mapToDouble(Part::weight).sum();
  }

  @Override
  public MetricResult score(Example example, String output) {
    double sum = 0;
    List<String> feedback = new ArrayList<>();
    for (Part part : parts) {
      MetricResult r = part.metric().score(example, output);
      sum += part.weight() * r.score();
      if (!r.isCorrect()) {
        feedback.add(
            String.format(
                Locale.ROOT,
                "%s (weight %.2f): %s",
                part.name(),
                part.weight() / totalWeight,
                r.feedback()));
      }
    }
    double score = Math.min(1.0, Math.max(0.0, sum / totalWeight));
    if (feedback.isEmpty()) {
      return MetricResult.correct();
    }
    // Rounding must not turn a lost point into a perfect score without feedback.
    return new MetricResult(Math.min(score, Math.nextDown(1.0)), String.join("; ", feedback));
  }
}
