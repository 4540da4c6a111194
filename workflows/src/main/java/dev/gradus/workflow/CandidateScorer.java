package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.spec.EvaluationSpec;
import dev.gradus.spec.RunSpec;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Scores candidates with the evaluation activity, in parallel, in chunks small enough that a
 * retried chunk re-pays little. Every call is granted by the budget before it starts; a candidate
 * the budget cannot cover in full is not started at all.
 */
final class CandidateScorer {

  private final EvaluationActivities evaluations;
  private final RunSpec spec;
  private final DatasetHandle dataset;
  private final BudgetLedger ledger;
  private final PauseGate gate;

  CandidateScorer(
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

  /** Scores every candidate on the whole split; candidates left unscored are returned unscored. */
  List<Candidate> scoreOnWholeSplit(List<Candidate> candidates, Split split) {
    List<Integer> all = IntStream.range(0, dataset.size(split)).boxed().toList();
    Tally[] tallies = round(candidates, split, all);
    return scored(candidates, tallies);
  }

  /**
   * Scores candidates on the validation split as {@code evaluation.selection} says. With successive
   * halving, all start on a minibatch, the better half goes on to twice as many examples, until the
   * survivors have seen the whole split; candidates dropped early keep their partial score.
   */
  List<Candidate> scoreForSelection(List<Candidate> candidates, Random random) {
    if (!EvaluationSpec.SUCCESSIVE_HALVING.equals(spec.evaluation().selection())) {
      return scoreOnWholeSplit(candidates, Split.VALIDATION);
    }
    List<Integer> order =
        new ArrayList<>(IntStream.range(0, dataset.validation()).boxed().toList());
    java.util.Collections.shuffle(order, random);
    Tally[] tallies = new Tally[candidates.size()];
    List<Integer> alive = new ArrayList<>(IntStream.range(0, candidates.size()).boxed().toList());
    int done = 0;
    int size = Math.min(spec.evaluation().minibatch(), order.size());
    while (!alive.isEmpty()) {
      List<Candidate> batch = alive.stream().map(candidates::get).toList();
      Tally[] round = round(batch, Split.VALIDATION, order.subList(done, size));
      List<Integer> next = new ArrayList<>();
      for (int k = 0; k < alive.size(); k++) {
        if (round[k] != null) {
          int i = alive.get(k);
          tallies[i] = tallies[i] == null ? round[k] : tallies[i].plus(round[k]);
          next.add(i);
        }
      }
      if (size >= order.size()) {
        break;
      }
      next.sort(Comparator.comparingDouble((Integer i) -> -tallies[i].mean()));
      alive = next.subList(0, (next.size() + 1) / 2);
      done = size;
      size = Math.min(order.size(), size * 2);
    }
    return scored(candidates, tallies);
  }

  /** Each candidate with its tally's score; candidates without a tally stay as they were. */
  private static List<Candidate> scored(List<Candidate> candidates, Tally[] tallies) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      out.add(tallies[i] == null ? candidates.get(i) : tallies[i].applyTo(candidates.get(i)));
    }
    return out;
  }

  /** One parallel round over the same examples; null where a candidate was not evaluated. */
  private Tally[] round(List<Candidate> candidates, Split split, List<Integer> indices) {
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (indices.isEmpty() || !gate.awaitOpen() || !ledger.grantAll(indices.size())) {
        continue;
      }
      for (EvaluationRequest request :
          EvaluationRequest.chunked(spec, dataset, c.instruction(), c.demos(), split, indices)) {
        chunks.add(new Chunk(i, request, Async.function(evaluations::evaluate, request)));
      }
    }
    EvaluationResult[] results = collect(chunks);
    Tally[] tallies = new Tally[candidates.size()];
    boolean[] cut = new boolean[candidates.size()];
    for (int k = 0; k < chunks.size(); k++) {
      int i = chunks.get(k).candidate();
      EvaluationResult r = results[k];
      cut[i] |= r.results().size() < chunks.get(k).request().indices().size();
      Tally t =
          new Tally(
              r.results().stream().mapToDouble(ExampleResult::score).sum(), r.results().size());
      tallies[i] = tallies[i] == null ? t : tallies[i].plus(t);
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (cut[i]) {
        tallies[i] = null; // cancelled while paused: a partial score would mislead selection
      }
    }
    return tallies;
  }

  /**
   * Waits for every chunk and settles its calls with the budget. Chunks cut short by a pause are
   * asked again for their remaining examples once the run resumes, all in parallel; if the run is
   * cancelled meanwhile, they stay short.
   */
  private EvaluationResult[] collect(List<Chunk> chunks) {
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
          results[k] = results[k].plus(rests.get(j).get());
        }
        cut = shortOnes(chunks, results);
      }
    } finally {
      for (int k = 0; k < chunks.size(); k++) {
        ledger.settle(
            chunks.get(k).request().indices().size(),
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

  /** One evaluation activity in flight, for which candidate, and what it was asked. */
  private record Chunk(
      int candidate, EvaluationRequest request, Promise<EvaluationResult> result) {}

  /** A running sum of example scores. */
  private record Tally(double sum, int count) {
    Tally plus(Tally o) {
      return new Tally(sum + o.sum, count + o.count);
    }

    double mean() {
      return count == 0 ? 0 : sum / count;
    }

    Candidate applyTo(Candidate c) {
      return c.withScore(mean(), count);
    }
  }
}
