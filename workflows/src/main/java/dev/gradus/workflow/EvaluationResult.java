package dev.gradus.workflow;

import java.util.List;

/**
 * The per-example scores of an {@link EvaluationRequest}, in request order, and their cost. Fewer
 * results than requested means the run held calls (it was paused) before the rest were answered.
 */
public record EvaluationResult(List<ExampleResult> results, Usage usage) {

  /** This result followed by the results of the rest of the batch. */
  public EvaluationResult plus(EvaluationResult rest) {
    List<ExampleResult> all = new java.util.ArrayList<>(results);
    all.addAll(rest.results);
    return new EvaluationResult(List.copyOf(all), usage.plus(rest.usage));
  }

  public double mean() {
    return results.stream().mapToDouble(ExampleResult::score).average().orElse(0.0);
  }
}
