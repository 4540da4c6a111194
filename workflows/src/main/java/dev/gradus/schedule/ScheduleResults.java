package dev.gradus.schedule;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Writing a schedule's state to the results store, which the API and dashboard read. */
@ActivityInterface
public interface ScheduleResults {

  /**
   * Stores the schedule as the record shows it. Idempotent, and a record older than the stored one
   * changes nothing.
   */
  @ActivityMethod(name = "RecordSchedule")
  void recordSchedule(ScheduleRecord record);
}
