package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.spec.RunSpec;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of a run: score the best candidate and the seed on the whole test split, once, with
 * the calls the budget held back for it from the start.
 */
final class TestStep {

  private final RunSpec spec;
  private final RunActivities activities;
  private final BudgetLedger ledger;
  private final PauseGate gate;

  /**
   * @param gate holds the test calls while the run is paused ({@link PauseGate#forReport})
   */
  TestStep(RunSpec spec, RunActivities activities, BudgetLedger ledger, PauseGate gate) {
    this.spec = spec;
    this.activities = activities;
    this.ledger = ledger;
    this.gate = gate;
  }

  /** The seed and the best with their test scores, in that order, and the state's new usage. */
  Result run(RunState state) {
    Candidate best = ReportBuilder.best(state);
    ledger.releaseHeld();
    List<Candidate> toTest =
        best.id().equals(state.seed().id()) ? List.of(state.seed()) : List.of(state.seed(), best);
    List<Candidate> tested = new ArrayList<>();
    CandidateScorer scorer =
        new CandidateScorer(activities.evaluations, spec, state.dataset(), ledger, gate);
    // Detached, so that a cancelled run still gets the test scores its report promises.
    Workflow.newDetachedCancellationScope(
            () -> tested.addAll(scorer.scoreOnWholeSplit(toTest, Split.TEST)))
        .run();
    return new Result(
        ReportBuilder.withTest(state.seed(), tested.get(0)),
        ReportBuilder.withTest(best, tested.get(tested.size() - 1)),
        state.withUsage(ledger.spent()));
  }

  /** What the test step found. */
  record Result(ScoredPrompt seed, ScoredPrompt best, RunState state) {}
}
