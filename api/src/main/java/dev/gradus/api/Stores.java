package dev.gradus.api;

import dev.gradus.activities.dataset.DatasetStore;
import dev.gradus.activities.results.ResultsStore;
import dev.gradus.activities.results.ScheduleStore;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.SqlFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;

/**
 * The stores in the shared database, as the API uses them: migrated on first use, a database that
 * fails as a 503 naming it.
 */
@ApplicationScoped
public class Stores {

  @Inject SharedDatabase database;

  /** Work on a store that may fail with SQL's exception. */
  public interface Use<S, T> {
    T on(S store) throws SQLException;
  }

  /** Reads or writes runs' results. */
  public <T> T runs(Use<ResultsStore, T> use) {
    return use(ResultsStore::new, use);
  }

  /** Reads or writes schedules' state. */
  public <T> T schedules(Use<ScheduleStore, T> use) {
    return use(ScheduleStore::new, use);
  }

  /** Reads or writes uploaded datasets. */
  public <T> T datasets(Use<DatasetStore, T> use) {
    return use(ds -> new DatasetStore(ds, Clock.systemUTC()), use);
  }

  private <S, T> T use(Function<javax.sql.DataSource, S> open, Use<S, T> use) {
    try {
      database.migrate();
      return use.on(open.apply(database.dataSource()));
    } catch (SQLException e) {
      throw new StoreUnavailableException(
          "the shared database (" + database.description() + ") failed: " + SqlFailure.describe(e));
    } catch (org.flywaydb.core.api.FlywayException e) {
      throw new StoreUnavailableException(
          "the shared database ("
              + database.description()
              + ") cannot be migrated: "
              + SqlFailure.describe(e));
    }
  }

  /** The database is down: the API answers 503 and says which database. */
  public static class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message) {
      super(message);
    }
  }
}
