package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.Example;
import dev.gradus.search.ExampleOutcome;
import dev.gradus.search.Trial;
import dev.gradus.spec.RunSpec;
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

  private final DatasetActivities datasets;
  private final DatasetHandle dataset;
  private final EvaluationChunks runner;

  TrainTrials(
      EvaluationActivities evaluations,
      DatasetActivities datasets,
      RunSpec spec,
      DatasetHandle dataset,
      BudgetLedger ledger,
      PauseGate gate) {
    this.datasets = datasets;
    this.dataset = dataset;
    this.runner = new EvaluationChunks(evaluations, spec, dataset, ledger, gate);
  }

  /** One trial per candidate on the train examples at {@code indices}. */
  List<Trial> run(List<Candidate> candidates, List<Integer> indices) {
    List<EvaluationChunks.Chunk> chunks = runner.start(candidates, Split.TRAIN, indices);
    EvaluationResult[] collected = runner.collect(chunks);
    List<List<ExampleResult>> results = new ArrayList<>();
    candidates.forEach(c -> results.add(new ArrayList<>()));
    for (int k = 0; k < chunks.size(); k++) {
      results.get(chunks.get(k).candidate()).addAll(collected[k].results());
    }
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
}
