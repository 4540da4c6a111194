package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.ChatMessage;
import dev.gradus.search.Example;
import dev.gradus.search.Sampling;
import dev.gradus.search.SearchContext;
import dev.gradus.search.Trial;
import dev.gradus.spec.ModelSpec;
import dev.gradus.spec.RunSpec;
import io.temporal.failure.ActivityFailure;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The strategies' window on the world inside the workflow: every optimizer and target call passes
 * the pause gate and the budget, and runs as an activity.
 */
final class WorkflowSearchContext implements SearchContext {

  /**
   * Sample numbers are spaced per generation so that no two optimizer calls ask for the same
   * sample.
   */
  private static final int SAMPLES_PER_GENERATION = 100_000;

  private final Random random;
  private final LlmActivities llm;
  private final DatasetActivities datasets;
  private final EvaluationActivities evaluations;
  private final RunSpec spec;
  private final DatasetHandle dataset;
  private final ModelSpec optimizer;
  private final boolean cache;
  private final BudgetLedger ledger;
  private final PauseGate gate;
  private final Supplier<String> ids;
  private final int generation;
  private int samplesAsked;

  WorkflowSearchContext(
      Random random,
      LlmActivities llm,
      DatasetActivities datasets,
      EvaluationActivities evaluations,
      DatasetHandle dataset,
      RunSpec spec,
      BudgetLedger ledger,
      PauseGate gate,
      Supplier<String> ids,
      int generation) {
    this.random = random;
    this.llm = llm;
    this.datasets = datasets;
    this.evaluations = evaluations;
    this.spec = spec;
    this.dataset = dataset;
    this.optimizer = spec.models().optimizer();
    this.cache = spec.usesCache();
    this.ledger = ledger;
    this.gate = gate;
    this.ids = ids;
    this.generation = generation;
  }

  @Override
  public Random random() {
    return random;
  }

  @Override
  public String taskDescription() {
    return spec.seedPrompt();
  }

  @Override
  public List<Example> sampleTrainExamples(int count) {
    List<Integer> indices = drawTrainIndices(count);
    return indices.isEmpty() ? List.of() : datasets.examples(dataset, Split.TRAIN, indices);
  }

  /**
   * Only strategies that learn from errors call this, so runs of the others issue exactly the
   * commands they did before it existed, and their recorded histories still replay.
   */
  @Override
  public List<Trial> tryOnTrain(List<Candidate> candidates, int count) {
    List<Integer> indices = drawTrainIndices(count);
    return new TrainTrials(evaluations, datasets, spec, dataset, ledger, gate)
        .run(candidates, indices);
  }

  /** Up to {@code count} train indices drawn at random without replacement. */
  private List<Integer> drawTrainIndices(int count) {
    List<Integer> all = IntStream.range(0, dataset.train()).boxed().toList();
    return Sampling.withoutReplacement(all, count, random);
  }

  @Override
  public List<String> askOptimizer(List<ChatMessage> messages, int samples) {
    if (!gate.awaitOpen()) {
      return List.of();
    }
    int granted = ledger.grant(samples);
    if (granted == 0) {
      return List.of();
    }
    int first = generation * SAMPLES_PER_GENERATION + samplesAsked;
    samplesAsked += granted;
    CompletionRequest request =
        new CompletionRequest("optimizer", optimizer, messages, granted, first, cache);
    Completion reply = new Completion(List.of(), Usage.NONE);
    Usage paidByFailure = Usage.NONE;
    try {
      reply = llm.complete(request);
      // A pause cuts the batch short; the rest is asked for once resumed (nothing if cancelled).
      while (reply.texts().size() < granted && gate.awaitOpen()) {
        reply = reply.plus(llm.complete(request.after(reply.texts().size())));
      }
    } catch (ActivityFailure e) {
      paidByFailure = Failures.paidUsage(e);
      throw e;
    } finally {
      ledger.settle(granted, reply.usage().plus(paidByFailure));
    }
    return reply.texts();
  }

  @Override
  public String newCandidateId() {
    return ids.get();
  }
}
