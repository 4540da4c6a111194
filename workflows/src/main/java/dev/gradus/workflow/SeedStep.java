package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.InstructionKey;
import dev.gradus.search.SearchState;
import dev.gradus.spec.RunSpec;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.List;

/**
 * The first step of a run: prepare the dataset on a worker, check that the budget can pay for the
 * report, and score the seed prompt on the validation split.
 */
final class SeedStep {

  private final RunSpec spec;
  private final RunActivities activities;
  private final PauseGate gate;

  SeedStep(RunSpec spec, RunActivities activities, PauseGate gate) {
    this.spec = spec;
    this.activities = activities;
    this.gate = gate;
  }

  /** The run's initial state, or a non-retryable {@link ErrorType#BUDGET_TOO_SMALL} failure. */
  RunState run() {
    DatasetHandle dataset = activities.datasets.prepare(spec.task());
    Candidate seed = Candidate.proposed("c0", spec.seedPrompt(), List.of(), "seed", null, 0);
    int callsPerExample = spec.callsPerScoredExample();
    long needed =
        (long) dataset.validation() * callsPerExample + dataset.reportCalls(callsPerExample);
    Long maxCalls = spec.budget().maxCalls();
    if (maxCalls != null && maxCalls < needed) {
      throw ApplicationFailure.newNonRetryableFailure(
          "budget.maxCalls: "
              + maxCalls
              + " cannot cover the "
              + needed
              + " calls needed to score the seed on validation and the best and seed on test;"
              + " raise it or use a smaller split",
          ErrorType.BUDGET_TOO_SMALL.name());
    }
    long startedAt = Workflow.currentTimeMillis();
    // No cost is reserved for the seed: nothing has been paid yet to price a call by, and the run
    // cannot start without the seed's score.
    BudgetLedger ledger = new BudgetLedger(spec.budget(), Usage.NONE, startedAt, false);
    ledger.holdForReport(dataset.reportCalls(callsPerExample));
    CandidateScorer scorer =
        new CandidateScorer(activities.evaluations, spec, dataset, ledger, gate);
    seed = scorer.scoreOnWholeSplit(List.of(seed), Split.VALIDATION).get(0);
    SearchState search = new SearchState(1, List.of(seed), List.of(seed));
    return new RunState(
        dataset,
        seed,
        search,
        List.of(seed),
        List.of(InstructionKey.of(seed.instruction())),
        List.of(),
        ledger.spent(),
        1,
        startedAt,
        gate.paused(),
        List.of(),
        0);
  }
}
