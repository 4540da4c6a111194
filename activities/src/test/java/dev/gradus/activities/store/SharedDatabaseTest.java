package dev.gradus.activities.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/**
 * The shared database's migrations, on H2 here; {@code PostgresSharedDatabaseTest} runs the same
 * tests on PostgreSQL through {@link #freshDatabase()}.
 */
public class SharedDatabaseTest {

  /** Handles on one new database, each as another worker would open it. */
  protected Supplier<SharedDatabase> freshDatabase() {
    String url = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return () -> TestDatabases.at(url);
  }

  @Test
  void migrationsCreateEveryTable() throws SQLException {
    SharedDatabase database = freshDatabase().get();

    database.migrate();

    assertThat(tables(database))
        .contains(
            "response_cache",
            "rate_limit",
            "rate_limit_lease",
            "runs",
            "run_generations",
            "run_candidates",
            "datasets",
            "schedules");
    assertEveryMigrationApplied(database);
  }

  /** Workers that start together all migrate on first use; Flyway must let each of them through. */
  @Test
  void workersMigratingAtOnceAllSucceed() throws Exception {
    Supplier<SharedDatabase> shared = freshDatabase();
    int count = 8;
    CyclicBarrier start = new CyclicBarrier(count);
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<?>> migrations = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        SharedDatabase worker = shared.get();
        migrations.add(
            pool.submit(
                () -> {
                  start.await();
                  worker.migrate();
                  return null;
                }));
      }
      for (Future<?> migration : migrations) {
        migration.get(60, TimeUnit.SECONDS); // rethrows any failure of a migration
      }
    } finally {
      pool.shutdownNow();
    }

    assertEveryMigrationApplied(shared.get());
  }

  /** Every migration on the class path applied successfully, and none pending. */
  private static void assertEveryMigrationApplied(SharedDatabase database) {
    Flyway flyway = Flyway.configure().dataSource(database.dataSource()).load();
    MigrationInfo[] all = flyway.info().all();
    assertThat(all).isNotEmpty();
    assertThat(all).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
    assertThat(flyway.info().pending()).isEmpty();
  }

  private static List<String> tables(SharedDatabase database) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema()")) {
      while (r.next()) {
        tables.add(r.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }
}
