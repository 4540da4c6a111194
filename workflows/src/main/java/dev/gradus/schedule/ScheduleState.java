package dev.gradus.schedule;

import dev.gradus.workflow.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * What a schedule carries from one workflow execution to the next (it continues as new after every
 * run, so its history stays small however long it lives).
 *
 * @param createdAtMillis when the schedule was created; intervals count from it
 * @param nextRunAtMillis when the next run is due
 * @param runNowPending a run was asked for while another went on; it starts at once
 * @param runsStarted how many runs it has started
 * @param history the latest runs, oldest first, at most {@link #HISTORY_LIMIT}
 * @param comparisonUsage what the held-out comparisons cost (runs account for their own calls)
 */
public record ScheduleState(
    long createdAtMillis,
    long nextRunAtMillis,
    boolean paused,
    boolean runNowPending,
    int runsStarted,
    Incumbent incumbent,
    List<ScheduledRun> history,
    Usage comparisonUsage) {

  /** Keeps workflow payloads small; the runs themselves stay listed by Temporal. */
  public static final int HISTORY_LIMIT = 50;

  public ScheduleState {
    history = history == null ? List.of() : List.copyOf(history);
    comparisonUsage = comparisonUsage == null ? Usage.NONE : comparisonUsage;
  }

  static ScheduleState created(long now, long firstRun, String seedPrompt) {
    return new ScheduleState(
        now, firstRun, false, false, 0, Incumbent.seed(seedPrompt), List.of(), Usage.NONE);
  }

  ScheduleState withNextRunAt(long millis) {
    return new ScheduleState(
        createdAtMillis,
        millis,
        paused,
        runNowPending,
        runsStarted,
        incumbent,
        history,
        comparisonUsage);
  }

  /** The state to continue as new with: whether paused, and whether a run was asked for. */
  ScheduleState carrying(boolean p, boolean runNow) {
    return new ScheduleState(
        createdAtMillis,
        nextRunAtMillis,
        p,
        runNow,
        runsStarted,
        incumbent,
        history,
        comparisonUsage);
  }

  ScheduleState started() {
    return new ScheduleState(
        createdAtMillis,
        nextRunAtMillis,
        paused,
        runNowPending,
        runsStarted + 1,
        incumbent,
        history,
        comparisonUsage);
  }

  /** Records a finished run; a promotion makes its prompt the incumbent. */
  ScheduleState recorded(ScheduledRun run, Incumbent promoted, Usage comparison) {
    List<ScheduledRun> h = new ArrayList<>(history);
    h.add(run);
    if (h.size() > HISTORY_LIMIT) {
      h = h.subList(h.size() - HISTORY_LIMIT, h.size());
    }
    return new ScheduleState(
        createdAtMillis,
        nextRunAtMillis,
        paused,
        runNowPending,
        runsStarted,
        promoted != null ? promoted : incumbent,
        h,
        comparisonUsage.plus(comparison));
  }
}
