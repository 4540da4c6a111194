package dev.gradus.activities.store;

import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The database that all workers of a deployment share: it holds the response cache and the provider
 * rate limits, which is what lets a limit hold across workers and a cached answer serve any of
 * them. Its schema is Flyway's migrations in {@code db/migration}, brought up to date on first use
 * rather than at startup, so that a database that is down when a worker starts costs cache hits,
 * not the worker.
 */
public final class SharedDatabase {

  /** The SQL state of a primary key or unique violation, in H2 and in PostgreSQL alike. */
  public static final String UNIQUE_VIOLATION = "23505";

  private static final int MIGRATION_ATTEMPTS = 3;

  /**
   * One migration at a time in this process, whichever database: several pools on one database in
   * one JVM (tests; a worker and an API in one process) must not race to create Flyway's tables,
   * which H2 cannot undo. Across processes, Flyway's own lock (PostgreSQL) and the retries serve.
   */
  private static final Object MIGRATIONS = new Object();

  private final String description;
  private final DataSource dataSource;
  private final Flyway flyway;
  private volatile boolean migrated;

  /**
   * @param description what it is, for logs: never a URL, which may carry credentials
   */
  public SharedDatabase(String description, DataSource dataSource, Flyway flyway) {
    this.description = description;
    this.dataSource = dataSource;
    this.flyway = flyway;
  }

  /**
   * A database outside a Quarkus application (tests, tools): plain Flyway, with the migrations
   * found on the class path.
   */
  public static SharedDatabase standalone(String description, DataSource dataSource) {
    return new SharedDatabase(
        description, dataSource, Flyway.configure().dataSource(dataSource).load());
  }

  public String description() {
    return description;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Brings the schema up to date, once per process: the first caller migrates, later ones return at
   * once. Worker processes that start together on a new database race to create Flyway's history
   * table, and the losers' migrations fail; so a failure is tried again, after a growing pause in
   * which the winner finishes, before it is thrown (and the next caller tries again).
   */
  public void migrate() {
    if (migrated) {
      return;
    }
    synchronized (MIGRATIONS) {
      for (int attempt = 1; !migrated; attempt++) {
        try {
          flyway.migrate();
          migrated = true;
        } catch (FlywayException e) {
          if (attempt == MIGRATION_ATTEMPTS) {
            throw e;
          }
          pause(Duration.ofMillis(250L * attempt));
        }
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while migrating the shared database", e);
    }
  }
}
