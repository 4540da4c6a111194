package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.Example;
import dev.gradus.search.ExampleOutcome;
import dev.gradus.search.Trial;
import dev.gradus.spec.RunSpec;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tries candidates on the same train examples with the evaluation activity, in parallel and in
 * chunks, for strategies that learn from the target's errors. As with validation scoring, each
 * candidate's calls are granted in full by the budget before they start and settled after; a pause
 * cuts chunks short and their rest is asked for once the run resumes.
 */
final class TrainTrials {

  private final EvaluationActivities evaluations;
  private final DatasetActivities datasets;
  private final RunSpec spec;
  private final DatasetHandle dataset;
  private final BudgetLedger ledger;
  private final PauseGate gate;

  TrainTrials(
      EvaluationActivities evaluations,
      DatasetActivities datasets,
      RunSpec spec,
      DatasetHandle dataset,
      BudgetLedger ledger,
      PauseGate gate) {
    this.evaluations = evaluations;
    this.datasets = datasets;
    this.spec = spec;
    this.dataset = dataset;
    this.ledger = ledger;
    this.gate = gate;
  }

  /** One trial per candidate on the train examples at {@code indices}. */
  List<Trial> run(List<Candidate> candidates, List<Integer> indices) {
    List<List<Promise<EvaluationResult>>> started = new ArrayList<>();
    List<List<EvaluationRequest>> asked = new ArrayList<>();
    for (Candidate c : candidates) {
      List<EvaluationRequest> requests = List.of();
      if (!indices.isEmpty() && gate.awaitOpen() && ledger.grantAll(indices.size())) {
        requests =
            EvaluationRequest.chunked(
                spec, dataset, c.instruction(), c.demos(), Split.TRAIN, indices);
      }
      asked.add(requests);
      started.add(requests.stream().map(r -> Async.function(evaluations::evaluate, r)).toList());
    }
    List<List<ExampleResult>> results = collect(asked, started);
    // Only the examples a critique can show are fetched: those answered imperfectly.
    TreeSet<Integer> wrong = new TreeSet<>();
    results.forEach(
        rs -> rs.stream().filter(r -> r.score() < 1.0).forEach(r -> wrong.add(r.index())));
    Map<Integer, Example> examples = new TreeMap<>();
    if (!wrong.isEmpty()) {
      List<Integer> fetch = List.copyOf(wrong);
      List<Example> fetched = datasets.examples(dataset, Split.TRAIN, fetch);
      for (int k = 0; k < fetch.size(); k++) {
        examples.put(fetch.get(k), fetched.get(k));
      }
    }
    List<Trial> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      List<ExampleOutcome> outcomes = new ArrayList<>();
      for (ExampleResult r : results.get(i)) {
        Example example = r.score() < 1.0 ? examples.get(r.index()) : null;
        outcomes.add(new ExampleOutcome(r.index(), example, r.output(), r.score(), r.feedback()));
      }
      out.add(new Trial(candidates.get(i), outcomes));
    }
    return out;
  }

  /**
   * Every candidate's results in request order. Chunks cut short by a pause are asked again for
   * their rest once the run resumes. Every grant is settled, with what was paid for, even when a
   * chunk fails and ends the step.
   */
  private List<List<ExampleResult>> collect(
      List<List<EvaluationRequest>> asked, List<List<Promise<EvaluationResult>>> started) {
    List<List<ExampleResult>> out = new ArrayList<>();
    Usage[] used = new Usage[asked.size()];
    try {
      for (int i = 0; i < asked.size(); i++) {
        List<ExampleResult> results = new ArrayList<>();
        used[i] = Usage.NONE;
        for (int k = 0; k < asked.get(i).size(); k++) {
          EvaluationRequest request = asked.get(i).get(k);
          EvaluationResult result = started.get(i).get(k).get();
          used[i] = used[i].plus(result.usage());
          List<Integer> wanted = request.indices();
          while (result.results().size() < wanted.size() && gate.awaitOpen()) {
            EvaluationResult rest =
                evaluations.evaluate(
                    request.withIndices(wanted.subList(result.results().size(), wanted.size())));
            used[i] = used[i].plus(rest.usage());
            result = result.plus(rest);
          }
          results.addAll(result.results());
        }
        out.add(results);
      }
    } catch (RuntimeException e) {
      int failed = out.size();
      used[failed] = (used[failed] == null ? Usage.NONE : used[failed]).plus(Failures.paidUsage(e));
      throw e;
    } finally {
      for (int i = 0; i < asked.size(); i++) {
        int granted = asked.get(i).stream().mapToInt(r -> r.indices().size()).sum();
        ledger.settle(granted, used[i] != null ? used[i] : paidBy(started.get(i)));
      }
    }
    return out;
  }

  /**
   * What chunks never collected paid for: only those already complete are read, never waited on.
   */
  private static Usage paidBy(List<Promise<EvaluationResult>> chunks) {
    Usage paid = Usage.NONE;
    for (Promise<EvaluationResult> chunk : chunks) {
      if (chunk.isCompleted()) {
        RuntimeException failure = chunk.getFailure();
        paid = paid.plus(failure != null ? Failures.paidUsage(failure) : chunk.get().usage());
      }
    }
    return paid;
  }
}
