package dev.gradus.schedule;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A schedule that re-runs one spec and promotes a run's best prompt only when it beats the
 * incumbent on held-out data. Its workflow id is {@link ScheduleSpec#workflowId}; the runs are
 * child {@code PromptOptimization} workflows, inspected and controlled like any run.
 */
@WorkflowInterface
public interface RecurringOptimizationWorkflow {

  String TYPE = "GradusSchedule";

  /**
   * Starts runs at the schedule's times, one at a time, until deleted.
   *
   * @param resumeFrom the state carried by continue-as-new; absent on a fresh start
   * @return the schedule's final view, once deleted
   */
  @WorkflowMethod(name = TYPE)
  ScheduleView run(ScheduleSpec spec, ScheduleState resumeFrom);

  /** The schedule: status, next run, incumbent and the history of promotions. */
  @QueryMethod(name = "describe")
  ScheduleView describe();

  /** Starts no more runs until resumed; a run in progress goes on. */
  @SignalMethod(name = "pause")
  void pause();

  /** Starts runs again, from the next scheduled time (times missed while paused are skipped). */
  @SignalMethod(name = "resume")
  void resume();

  /** Starts a run now (after the one in progress, if any), paused or not. */
  @SignalMethod(name = "runNow")
  void runNow();

  /** Ends the schedule; a run in progress is asked to cancel and keeps its report. */
  @SignalMethod(name = "delete")
  void delete();
}
