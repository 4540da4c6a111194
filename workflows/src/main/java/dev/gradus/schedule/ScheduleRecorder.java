package dev.gradus.schedule;

import dev.gradus.workflow.ActivityPolicies;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * Keeps the results store up to date with a schedule: whenever what it shows changes (created,
 * paused, resumed, a run started or ended, deleted). Best effort, like the runs' records: a store
 * that is down costs a warning, never the schedule.
 */
final class ScheduleRecorder {

  private static final Logger log = Workflow.getLogger(ScheduleRecorder.class);

  /** Version 1: schedules write their state to the results store. */
  static final String RECORD_SCHEDULES = "record-schedules";

  private final ScheduleResults results =
      Workflow.newActivityStub(ScheduleResults.class, ActivityPolicies.results());

  private final boolean recording;
  private final ScheduleSpec spec;

  /** Records under way; the schedule waits for them before it continues as new. */
  private int inFlight;

  /** What the watching thread stored last. */
  private ScheduleView lastRecorded;

  /** Call at the start of the workflow method, so that older schedules replay as they ran. */
  ScheduleRecorder(ScheduleSpec spec) {
    this.spec = spec;
    this.recording = Workflow.getVersion(RECORD_SCHEDULES, Workflow.DEFAULT_VERSION, 1) == 1;
  }

  /** Records the schedule now, and again from a workflow thread of its own whenever it changes. */
  void watch(Supplier<ScheduleView> view) {
    if (!recording) {
      return;
    }
    Async.procedure(
        () -> {
          while (true) {
            ScheduleView recorded = view.get();
            record(recorded);
            lastRecorded = recorded;
            Workflow.await(() -> !view.get().equals(recorded));
          }
        });
  }

  private void record(ScheduleView view) {
    if (!recording) {
      return;
    }
    ScheduleRecord record = new ScheduleRecord(view, spec, Workflow.currentTimeMillis());
    inFlight++;
    try {
      Workflow.newDetachedCancellationScope(() -> results.recordSchedule(record)).run();
    } catch (ActivityFailure e) {
      log.warn("the results store did not take schedule {}: {}", view.name(), e);
    } finally {
      inFlight--;
    }
  }

  /**
   * Waits until the records under way are stored, and the latest state is among them: call it
   * before continuing as new or ending, which would otherwise abandon a record, and which Temporal
   * refuses while a record's completion is still to be handled.
   */
  void settle(Supplier<ScheduleView> view) {
    if (recording) {
      Workflow.await(() -> inFlight == 0 && view.get().equals(lastRecorded));
    }
  }
}
