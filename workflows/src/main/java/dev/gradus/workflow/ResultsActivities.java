package dev.gradus.workflow;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Writing a run's progress to the results store, which the API and dashboard read. */
@ActivityInterface
public interface ResultsActivities {

  /**
   * Stores the run as the record shows it: its row, its generations and its candidates. Idempotent:
   * the same record twice stores the same rows once, and a record older than the stored one (a
   * retried write overtaken by a later one) changes nothing.
   */
  @ActivityMethod(name = "RecordRun")
  void record(RunRecord record);
}
