package dev.gradus.activities.cache;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database the cache lives in: its connections, and the Flyway migrations that create the
 * table.
 *
 * @param description what it is, for logs: never a URL, which may carry credentials
 */
public record CacheDatabase(String description, DataSource dataSource, Flyway flyway) {

  /**
   * A database outside a Quarkus application (tests, tools): plain Flyway, with the migrations
   * found on the class path.
   */
  public static CacheDatabase standalone(String description, DataSource dataSource) {
    return new CacheDatabase(
        description, dataSource, Flyway.configure().dataSource(dataSource).load());
  }

  void migrate() {
    flyway.migrate();
  }
}
