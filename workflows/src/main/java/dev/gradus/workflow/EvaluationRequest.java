package dev.gradus.workflow;

import dev.gradus.spec.MetricSpec;
import dev.gradus.spec.ModelSpec;
import java.util.List;

/**
 * Scores one prompt on some examples of one split: render the template for each example, ask the
 * target model, apply the metric.
 *
 * @param demos train-split indices of few-shot demonstrations rendered into {@code {{demos}}}
 * @param indices indices within {@code split} of the examples to score
 */
public record EvaluationRequest(
    DatasetHandle dataset,
    String template,
    MetricSpec metric,
    ModelSpec target,
    String instruction,
    List<Integer> demos,
    Split split,
    List<Integer> indices) {

  /** The same request for other examples: the rest of a batch cut short by a pause. */
  public EvaluationRequest withIndices(List<Integer> others) {
    return new EvaluationRequest(
        dataset, template, metric, target, instruction, demos, split, List.copyOf(others));
  }
}
