package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.ScoreComparison;
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
    CandidateScorer scorer =
        new CandidateScorer(activities.evaluations, spec, state.dataset(), ledger, gate);
    List<CandidateScorer.Compared> compared = new ArrayList<>();
    // Detached, so that a cancelled run still gets the test scores its report promises.
    Workflow.newDetachedCancellationScope(
            () -> compared.add(scorer.compareOnWholeSplit(best, state.seed(), Split.TEST)))
        .run();
    CandidateScorer.Compared result = compared.get(0);
    return new Result(
        ReportBuilder.withTest(state.seed(), result.baseline()),
        ReportBuilder.withTest(best, result.challenger()),
        result.comparison(),
        state.withUsage(ledger.spent()));
  }

  /**
   * What the test step found.
   *
   * @param comparison the best minus the seed on the same test examples, or null when either could
   *     not be scored on all of them
   */
  record Result(ScoredPrompt seed, ScoredPrompt best, ScoreComparison comparison, RunState state) {}
}
