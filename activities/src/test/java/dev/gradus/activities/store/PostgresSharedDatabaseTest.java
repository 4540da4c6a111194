package dev.gradus.activities.store;

import dev.gradus.activities.cache.ResponseCacheTest;
import dev.gradus.activities.dataset.DatasetStoreTest;
import dev.gradus.activities.ratelimit.ProviderRateLimiterTest;
import dev.gradus.activities.results.ResultsStoreTest;
import dev.gradus.activities.results.ScheduleStoreTest;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The shared database on a real PostgreSQL, as deployments with several machines run it: every test
 * of its migrations, of the response cache, of the results and dataset stores and of the rate
 * limits, in the nested classes, all on one private cluster that {@link LocalPostgres} starts for
 * this class, with a fresh database per test. Without PostgreSQL installed, the class is skipped;
 * on CI it fails.
 */
class PostgresSharedDatabaseTest {

  private static LocalPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = LocalPostgres.start();
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Nested
  class MigrationsOnPostgres extends SharedDatabaseTest {

    @Override
    protected Supplier<SharedDatabase> freshDatabase() {
      return postgres.freshDatabase();
    }
  }

  @Nested
  class ResponseCacheOnPostgres extends ResponseCacheTest {

    @Override
    protected Supplier<SharedDatabase> freshDatabase() {
      return postgres.freshDatabase();
    }

    /** A PostgreSQL database is a server already: workers in any process share it. */
    @Override
    protected Supplier<SharedDatabase> freshDatabaseOfSeparateProcesses(Path folder) {
      return postgres.freshDatabase();
    }

    @Override
    protected SharedDatabase unreachableDatabase() {
      return LocalPostgres.unreachable();
    }
  }

  @Nested
  class DatasetStoreOnPostgres extends DatasetStoreTest {

    @Override
    protected Supplier<SharedDatabase> freshDatabase() {
      return postgres.freshDatabase();
    }
  }

  @Nested
  class ScheduleStoreOnPostgres extends ScheduleStoreTest {

    @Override
    protected Supplier<SharedDatabase> freshDatabase() {
      return postgres.freshDatabase();
    }
  }

  @Nested
  class ResultsStoreOnPostgres extends ResultsStoreTest {

    @Override
    protected Supplier<SharedDatabase> freshDatabase() {
      return postgres.freshDatabase();
    }
  }

  @Nested
  class RateLimitsOnPostgres extends ProviderRateLimiterTest {

    @Override
    protected Supplier<SharedDatabase> freshDatabase() {
      return postgres.freshDatabase();
    }

    @Override
    protected SharedDatabase unreachableDatabase() {
      return LocalPostgres.unreachable();
    }
  }
}
