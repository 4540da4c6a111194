package dev.gradus.workflow;

import dev.gradus.spec.MetricSpec;
import dev.gradus.spec.ModelSpec;
import dev.gradus.spec.RunSpec;
import java.util.List;

/**
 * Scores one prompt on some examples of one split: render the template for each example, ask the
 * target model, apply the metric.
 *
 * @param demos train-split indices of few-shot demonstrations rendered into {@code {{demos}}}
 * @param indices indices within {@code split} of the examples to score
 * @param cache false when the run turned the response cache off; null (from runs started before the
 *     flag existed) means true
 * @param samples target answers per example, their scores averaged; null (from runs started before
 *     samples existed) means 1
 * @param baseline the seed prompt's instruction, whose answers a pairwise judge compares with the
 *     candidate's; null unless the metric is pairwise
 */
public record EvaluationRequest(
    DatasetHandle dataset,
    String template,
    MetricSpec metric,
    ModelSpec target,
    String instruction,
    List<Integer> demos,
    Split split,
    List<Integer> indices,
    Boolean cache,
    Integer samples,
    String baseline) {

  /** Examples per evaluation activity: few enough that a retried one re-pays little. */
  public static final int CHUNK = 50;

  /** The requests that score one prompt of a run on {@code indices}, {@link #CHUNK} at a time. */
  public static List<EvaluationRequest> chunked(
      RunSpec spec,
      DatasetHandle dataset,
      String instruction,
      List<Integer> demos,
      Split split,
      List<Integer> indices) {
    List<EvaluationRequest> out = new java.util.ArrayList<>();
    for (int from = 0; from < indices.size(); from += CHUNK) {
      out.add(
          new EvaluationRequest(
              dataset,
              spec.task().template(),
              spec.task().metric(),
              spec.models().target(),
              instruction,
              demos,
              split,
              List.copyOf(indices.subList(from, Math.min(indices.size(), from + CHUNK))),
              spec.usesCache(),
              samplesOrNull(spec),
              spec.task().metric() != null && spec.task().metric().needsBaseline()
                  ? spec.seedPrompt()
                  : null));
    }
    return out;
  }

  /** Null for one sample, so that requests of runs without samples stay as they were recorded. */
  private static Integer samplesOrNull(RunSpec spec) {
    int samples = spec.evaluation().samplesPerExample();
    return samples == 1 ? null : samples;
  }

  /** Target answers, each a call, per example. */
  public int samplesPerExample() {
    return samples == null ? 1 : samples;
  }

  /** Provider calls that scoring one example may make: {@link MetricSpec#callsPerExample}. */
  public int callsPerExample() {
    return MetricSpec.callsPerExample(metric, samplesPerExample());
  }

  /** Whether answers may come from the workers' response cache. */
  public boolean usesCache() {
    return cache == null || cache;
  }

  /** The same request for other examples: the rest of a batch cut short by a pause. */
  public EvaluationRequest withIndices(List<Integer> others) {
    return new EvaluationRequest(
        dataset,
        template,
        metric,
        target,
        instruction,
        demos,
        split,
        List.copyOf(others),
        cache,
        samples,
        baseline);
  }
}
