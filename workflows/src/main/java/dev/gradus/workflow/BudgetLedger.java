package dev.gradus.workflow;

import dev.gradus.spec.BudgetSpec;
import dev.gradus.spec.WallTime;
import java.util.Optional;

/**
 * Keeps a run inside its budget. Calls are granted before they are made and settled after, so the
 * call limit is never exceeded even with evaluations running in parallel. With a cost limit, a call
 * is granted only if the budget can pay for it, for every call in flight and for the held-back
 * report at the price of the dearest call seen so far; tokens and wall time are known only
 * afterwards and stop the run at the next step boundary. The calls needed to score the best and the
 * seed on the test split are held back from the search from the start, so the final report is
 * always affordable. Pure: the workflow passes in its own clock.
 */
final class BudgetLedger {

  private BudgetSpec budget;
  private final long startedAtMillis;
  private Usage spent;
  private long inFlight;
  private long heldForReport;
  private final boolean reservesCost;
  private double dearestCall;
  private long smallestStep = 1;

  /**
   * @param reservesCost whether cost is reserved before calls (runs started before it was are not
   *     told otherwise, so they replay as they ran)
   */
  BudgetLedger(BudgetSpec budget, Usage spent, long startedAtMillis, boolean reservesCost) {
    this.budget = budget;
    this.spent = spent;
    this.startedAtMillis = startedAtMillis;
    this.reservesCost = reservesCost;
    this.dearestCall = spent.calls() > 0 ? spent.costUsd() / spent.calls() : 0;
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

  /**
   * The calls that scoring one candidate takes: once the cost limit cannot pay for that many, a
   * generation could only pay the optimizer for proposals it cannot score, so the run stops.
   */
  void smallestStep(long calls) {
    smallestStep = Math.max(1, calls);
  }

  void releaseHeld() {
    heldForReport = 0;
  }

  /** Calls still free for the search, or {@code Long.MAX_VALUE} without a call or cost limit. */
  long freeCalls() {
    long byCalls =
        budget.maxCalls() == null
            ? Long.MAX_VALUE
            : Math.max(0, budget.maxCalls() - spent.calls() - inFlight - heldForReport);
    return Math.min(byCalls, affordableCalls());
  }

  /** Calls the cost limit can still pay for at the dearest price seen; unlimited before any. */
  private long affordableCalls() {
    if (!reservesCost || budget.maxCostUsd() == null || dearestCall <= 0) {
      return Long.MAX_VALUE;
    }
    double left = budget.maxCostUsd() - spent.costUsd() - (inFlight + heldForReport) * dearestCall;
    return left <= 0 ? 0 : (long) Math.floor(left / dearestCall);
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
    if (used.calls() > 0) {
      dearestCall = Math.max(dearestCall, used.costUsd() / used.calls());
    }
  }

  /** Why the search must stop before its next step, if it must. */
  Optional<String> stopReason(int generationsDone, long nowMillis) {
    if (generationsDone >= budget.generations()) {
      return Optional.of("generations");
    }
    if (affordableCalls() < smallestStep) {
      return Optional.of("maxCostUsd");
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
