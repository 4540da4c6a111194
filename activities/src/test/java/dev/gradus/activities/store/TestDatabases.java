package dev.gradus.activities.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/** Real H2 databases for tests of what lives in the shared database, each private to its test. */
public final class TestDatabases {

  private TestDatabases() {}

  /** A fresh in-memory database that lives as long as the JVM. */
  public static SharedDatabase inMemory() {
    return at("jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  /** A database at a JDBC URL; several instances at one URL share it, as workers do. */
  public static SharedDatabase at(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    return SharedDatabase.standalone("H2 for tests", ds);
  }

  /** An H2 server address where nothing listens: every connection is refused. */
  public static SharedDatabase unreachable() {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return at("jdbc:h2:tcp://127.0.0.1:" + port + "/mem:gone");
  }
}
