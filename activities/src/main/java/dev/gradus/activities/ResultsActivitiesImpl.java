package dev.gradus.activities;

import dev.gradus.activities.results.ResultsStore;
import dev.gradus.activities.results.ScheduleStore;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.SqlFailure;
import dev.gradus.schedule.ScheduleRecord;
import dev.gradus.schedule.ScheduleResults;
import dev.gradus.workflow.ResultsActivities;
import dev.gradus.workflow.RunRecord;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;

/**
 * Writes runs' progress and schedules' state to the results store in the database all workers
 * share.
 */
@ApplicationScoped
public class ResultsActivitiesImpl implements ResultsActivities, ScheduleResults {

  @Inject SharedDatabase database;

  @Override
  public void record(RunRecord record) {
    write(() -> new ResultsStore(database.dataSource()).write(record));
  }

  @Override
  public void recordSchedule(ScheduleRecord record) {
    write(() -> new ScheduleStore(database.dataSource()).write(record));
  }

  private interface Write {
    void run() throws SQLException;
  }

  private void write(Write write) {
    try {
      database.migrate();
      write.run();
    } catch (SQLException | RuntimeException e) {
      // Retryable: the store may be back in a moment. The message leaves the data out.
      throw ApplicationFailure.newFailureWithCause(
          "the results store (" + database.description() + ") failed: " + SqlFailure.describe(e),
          "RESULTS_STORE",
          null);
    }
  }
}
