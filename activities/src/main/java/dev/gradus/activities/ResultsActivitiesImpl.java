package dev.gradus.activities;

import dev.gradus.activities.results.ResultsStore;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.SqlFailure;
import dev.gradus.workflow.ResultsActivities;
import dev.gradus.workflow.RunRecord;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;

/** Writes runs' progress to the results store in the database all workers share. */
@ApplicationScoped
public class ResultsActivitiesImpl implements ResultsActivities {

  @Inject SharedDatabase database;

  @Override
  public void record(RunRecord record) {
    try {
      database.migrate();
      new ResultsStore(database.dataSource()).write(record);
    } catch (SQLException | RuntimeException e) {
      // Retryable: the store may be back in a moment. The message leaves the data out.
      throw ApplicationFailure.newFailureWithCause(
          "the results store (" + database.description() + ") failed: " + SqlFailure.describe(e),
          "RESULTS_STORE",
          null);
    }
  }
}
