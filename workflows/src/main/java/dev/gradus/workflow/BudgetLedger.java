package dev.gradus.workflow;

import dev.gradus.spec.BudgetSpec;
import dev.gradus.spec.WallTime;
import java.util.Optional;

/**
 * Keeps a run inside its budget. Calls are granted before they are made and settled after, so the
 * call limit is never exceeded even with evaluations running in parallel; tokens, cost and wall
 * time are known only afterwards and stop the run at the next step boundary. The calls needed to
 * score the best and the seed on the test split are held back from the search from the start, so
 * the final report is always affordable. Pure: the workflow passes in its own clock.
 */
final class BudgetLedger {

  private BudgetSpec budget;
  private final long startedAtMillis;
  private Usage spent;
  private long inFlight;
  private long heldForReport;

  BudgetLedger(BudgetSpec budget, Usage spent, long startedAtMillis) {
    this.budget = budget;
    this.spent = spent;
    this.startedAtMillis = startedAtMillis;
  }

  /** Applies a person's budget change; it counts from the next grant and the next step. */
  void changeBudget(BudgetSpec newBudget) {
    budget = newBudget;
  }

  /** Calls spent, in flight and held back: a call limit below this cannot be honoured. */
  long committedCalls() {
    return spent.calls() + inFlight + heldForReport;
  }

  Usage spent() {
    return spent;
  }

  /** Keeps {@code calls} out of reach of {@link #grant} until {@link #releaseHeld}. */
  void holdForReport(long calls) {
    heldForReport = calls;
  }

  void releaseHeld() {
    heldForReport = 0;
  }

  /** Calls still free for the search, or {@code Long.MAX_VALUE} without a call limit. */
  long freeCalls() {
    if (budget.maxCalls() == null) {
      return Long.MAX_VALUE;
    }
    return Math.max(0, budget.maxCalls() - spent.calls() - inFlight - heldForReport);
  }

  /** Grants up to {@code wanted} calls (possibly 0); each grant must be settled. */
  int grant(int wanted) {
    int granted = (int) Math.min(wanted, freeCalls());
    inFlight += granted;
    return granted;
  }

  /** Grants exactly {@code wanted} calls or none at all. */
  boolean grantAll(int wanted) {
    if (freeCalls() < wanted) {
      return false;
    }
    inFlight += wanted;
    return true;
  }

  void settle(int granted, Usage used) {
    inFlight -= granted;
    spent = spent.plus(used);
  }

  /** Why the search must stop before its next step, if it must. */
  Optional<String> stopReason(int generationsDone, long nowMillis) {
    if (generationsDone >= budget.generations()) {
      return Optional.of("generations");
    }
    if (budget.maxCalls() != null && freeCalls() == 0) {
      return Optional.of("maxCalls");
    }
    if (budget.maxTokens() != null && spent.totalTokens() >= budget.maxTokens()) {
      return Optional.of("maxTokens");
    }
    if (budget.maxCostUsd() != null && spent.costUsd() >= budget.maxCostUsd()) {
      return Optional.of("maxCostUsd");
    }
    if (budget.maxWallTime() != null
        && nowMillis - startedAtMillis
            >= WallTime.parse(budget.maxWallTime()).orElseThrow().toMillis()) {
      return Optional.of("maxWallTime");
    }
    return Optional.empty();
  }
}
