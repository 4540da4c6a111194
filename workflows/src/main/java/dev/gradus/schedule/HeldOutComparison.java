package dev.gradus.schedule;

import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.DatasetHandle;
import dev.gradus.workflow.EvaluationActivities;
import dev.gradus.workflow.EvaluationRequest;
import dev.gradus.workflow.EvaluationResult;
import dev.gradus.workflow.ExampleResult;
import dev.gradus.workflow.Split;
import dev.gradus.workflow.Usage;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scores the challenger and the incumbent on every example of the test split, with today's target
 * model, so that both are judged on the same data by the same model. The run has already scored its
 * best on these examples; with the response cache those answers are not paid for again.
 */
final class HeldOutComparison {

  private final EvaluationActivities evaluations;
  private final RunSpec spec;
  private final DatasetHandle dataset;
  private Usage usage = Usage.NONE;

  HeldOutComparison(EvaluationActivities evaluations, RunSpec spec, DatasetHandle dataset) {
    this.evaluations = evaluations;
    this.spec = spec;
    this.dataset = dataset;
  }

  PromotionRule.Verdict compare(
      String challenger, List<Integer> challengerDemos, Incumbent inc, double alpha) {
    List<Chunk> c = start(challenger, challengerDemos);
    List<Chunk> i = start(inc.instruction(), inc.demos());
    return PromotionRule.decide(scores(c), scores(i), alpha);
  }

  Usage usage() {
    return usage;
  }

  private List<Chunk> start(String instruction, List<Integer> demos) {
    List<Integer> all = IntStream.range(0, dataset.test()).boxed().toList();
    List<Chunk> chunks = new ArrayList<>();
    for (EvaluationRequest request :
        EvaluationRequest.chunked(spec, dataset, instruction, demos, Split.TEST, all)) {
      chunks.add(new Chunk(request, Async.function(evaluations::evaluate, request)));
    }
    return chunks;
  }

  /**
   * Per-example scores in test-split order. A schedule never holds calls, so a short result is not
   * expected; if one comes anyway, the rest is asked for again rather than scored as zero.
   */
  private double[] scores(List<Chunk> chunks) {
    double[] out = new double[dataset.test()];
    for (Chunk chunk : chunks) {
      EvaluationResult r = chunk.result().get();
      int size = chunk.request().indices().size();
      while (r.results().size() < size) {
        List<Integer> rest = chunk.request().indices().subList(r.results().size(), size);
        r = r.plus(evaluations.evaluate(chunk.request().withIndices(rest)));
      }
      usage = usage.plus(r.usage());
      for (ExampleResult e : r.results()) {
        out[e.index()] = e.score();
      }
    }
    return out;
  }

  /** One evaluation activity in flight and what it was asked. */
  private record Chunk(EvaluationRequest request, Promise<EvaluationResult> result) {}
}
