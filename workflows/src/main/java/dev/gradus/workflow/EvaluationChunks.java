package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.spec.RunSpec;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs candidates on examples with the evaluation activity, in parallel, in chunks small enough
 * that a retried chunk re-pays little: what validation scoring and strategies' train trials share.
 * Every call is granted by the budget before it starts (a candidate the budget cannot cover in full
 * is not started), and settled after with what was paid for, even when a chunk fails.
 */
final class EvaluationChunks {

  /** One evaluation activity in flight, for which candidate, and what it was asked. */
  record Chunk(int candidate, EvaluationRequest request, Promise<EvaluationResult> result) {}

  private final EvaluationActivities evaluations;
  private final RunSpec spec;
  private final DatasetHandle dataset;
  private final BudgetLedger ledger;
  private final PauseGate gate;

  EvaluationChunks(
      EvaluationActivities evaluations,
      RunSpec spec,
      DatasetHandle dataset,
      BudgetLedger ledger,
      PauseGate gate) {
    this.evaluations = evaluations;
    this.spec = spec;
    this.dataset = dataset;
    this.ledger = ledger;
    this.gate = gate;
  }

  /**
   * Starts every candidate on the examples at {@code indices} of {@code split}, each once the run
   * is not paused and the budget grants all its calls; a candidate that gets no grant has no chunk.
   */
  List<Chunk> start(List<Candidate> candidates, Split split, List<Integer> indices) {
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      int calls = indices.size() * spec.callsPerScoredExample();
      if (indices.isEmpty() || !gate.awaitOpen() || !ledger.grantAll(calls)) {
        continue;
      }
      for (EvaluationRequest request :
          EvaluationRequest.chunked(spec, dataset, c.instruction(), c.demos(), split, indices)) {
        chunks.add(new Chunk(i, request, Async.function(evaluations::evaluate, request)));
      }
    }
    return chunks;
  }

  /**
   * Waits for every chunk and settles its calls with the budget. Chunks cut short by a pause are
   * asked again for their remaining examples once the run resumes, all in parallel; if the run is
   * cancelled meanwhile, they stay short.
   */
  EvaluationResult[] collect(List<Chunk> chunks) {
    EvaluationResult[] results = new EvaluationResult[chunks.size()];
    try {
      for (int k = 0; k < chunks.size(); k++) {
        results[k] = chunks.get(k).result().get();
      }
      List<Integer> cut = shortOnes(chunks, results);
      while (!cut.isEmpty() && gate.awaitOpen()) {
        List<Promise<EvaluationResult>> rests = new ArrayList<>();
        for (int k : cut) {
          EvaluationRequest request = chunks.get(k).request();
          List<Integer> rest =
              request.indices().subList(results[k].results().size(), request.indices().size());
          rests.add(Async.function(evaluations::evaluate, request.withIndices(rest)));
        }
        for (int j = 0; j < cut.size(); j++) {
          int k = cut.get(j);
          try {
            results[k] = results[k].plus(rests.get(j).get());
          } catch (RuntimeException e) {
            // The rest that failed paid for the calls it was served before its fault.
            results[k] = results[k].plus(new EvaluationResult(List.of(), Failures.paidUsage(e)));
            throw e;
          }
        }
        cut = shortOnes(chunks, results);
      }
    } finally {
      for (int k = 0; k < chunks.size(); k++) {
        EvaluationRequest request = chunks.get(k).request();
        ledger.settle(
            request.indices().size() * request.callsPerExample(),
            results[k] != null ? results[k].usage() : paidBy(chunks.get(k).result()));
      }
    }
    return results;
  }

  /**
   * What a chunk that was not collected paid for, when another chunk's failure ended the step: its
   * result's usage if it finished, what its failure says if it failed, nothing if it still runs.
   * Reads only promises that are complete, so it never waits.
   */
  private static Usage paidBy(Promise<EvaluationResult> chunk) {
    if (!chunk.isCompleted()) {
      return Usage.NONE;
    }
    RuntimeException failure = chunk.getFailure();
    return failure != null ? Failures.paidUsage(failure) : chunk.get().usage();
  }

  private static List<Integer> shortOnes(List<Chunk> chunks, EvaluationResult[] results) {
    List<Integer> cut = new ArrayList<>();
    for (int k = 0; k < chunks.size(); k++) {
      if (results[k].results().size() < chunks.get(k).request().indices().size()) {
        cut.add(k);
      }
    }
    return cut;
  }
}
