package dev.gradus.workflow;

import java.util.List;

/** The per-example scores of an {@link EvaluationRequest}, in request order, and their cost. */
public record EvaluationResult(List<ExampleResult> results, Usage usage) {

  public double mean() {
    return results.stream().mapToDouble(ExampleResult::score).average().orElse(0.0);
  }
}
