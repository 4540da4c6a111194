package dev.gradus.activities.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A private, throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a server on a
 * free port of 127.0.0.1 with its unix socket in that folder, trust authentication (only this
 * machine can connect, and the data is worthless) and no fsync (the data is thrown away). Start one
 * per test class in {@code @BeforeAll} and close it in {@code @AfterAll}, which stops the server
 * and deletes the folder; a shutdown hook does the same if the JVM exits first. Without PostgreSQL
 * installed, {@link #start} skips the tests, or fails them on CI ({@link PostgresInstallation}).
 */
public final class LocalPostgres implements AutoCloseable {

  private static final String DESCRIPTION = "PostgreSQL for tests";
  private static final String SUPERUSER = PostgresInstallation.SERVER_USER;
  private static final int PORT_ATTEMPTS = 3;
  private static final Logger LOG = Logger.getLogger(LocalPostgres.class);

  private final ClusterFolder folder;
  private final Path data;
  private final Thread cleanupAtExit = new Thread(this::close, "stop-postgres-for-tests");
  private final AtomicInteger databases = new AtomicInteger();
  private int port;
  private boolean closed;

  private LocalPostgres(ClusterFolder folder) {
    this.folder = folder;
    this.data = folder.path().resolve("data");
  }

  /** Creates and starts a cluster, in about a second. */
  public static LocalPostgres start() {
    PostgresInstallation installation = PostgresInstallation.find();
    long began = System.nanoTime();
    LocalPostgres postgres = new LocalPostgres(ClusterFolder.create(installation));
    Runtime.getRuntime().addShutdownHook(postgres.cleanupAtExit);
    String version;
    try {
      version = postgres.boot();
    } catch (RuntimeException | IOException | SQLException e) {
      try {
        postgres.close();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw new IllegalStateException("could not start PostgreSQL for tests: " + e.getMessage(), e);
    }
    LOG.infof(
        "PostgreSQL %s for tests started on 127.0.0.1:%d in %d ms",
        version, postgres.port, (System.nanoTime() - began) / 1_000_000);
    return postgres;
  }

  /**
   * Creates an empty database. Each call of the supplier opens it once more, with a data source of
   * its own, as one more worker of a deployment would.
   */
  public Supplier<SharedDatabase> freshDatabase() {
    String name = "gradus_test_" + databases.incrementAndGet();
    try (Connection c = dataSource("postgres", port).getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a database for a test", e);
    }
    return () -> SharedDatabase.standalone(DESCRIPTION, dataSource(name, port));
  }

  /** A PostgreSQL address where nothing listens: every connection is refused. */
  public static SharedDatabase unreachable() {
    return SharedDatabase.standalone(DESCRIPTION, dataSource("gone", freePort()));
  }

  /** Stops the server at once (its data is worthless) and deletes its folder. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupAtExit);
    } catch (IllegalStateException e) {
      // The JVM is exiting: this is the hook running.
    }
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        folder.stopServer(data);
      }
    } finally {
      folder.delete();
    }
  }

  /** Creates the cluster and starts its server; returns the server's version. */
  private String boot() throws IOException, SQLException {
    folder.run(
        "initdb",
        "-D",
        data.toString(),
        "-U",
        SUPERUSER,
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync");
    Files.writeString(
        data.resolve("postgresql.conf"),
        String.join(
            "\n",
            "",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = '" + folder.path() + "'",
            "fsync = off",
            "full_page_writes = off",
            ""),
        StandardOpenOption.APPEND);
    // The port was free a moment ago; another process may take it first, so try a few.
    for (int attempt = 1; ; attempt++) {
      port = freePort();
      try {
        folder.run(
            "pg_ctl",
            "-D",
            data.toString(),
            "-l",
            folder.serverLog().toString(),
            "-o",
            "-p " + port,
            "-w",
            "-t",
            "60",
            "-s",
            "start");
        break;
      } catch (IllegalStateException e) {
        if (attempt == PORT_ATTEMPTS || !folder.serverLogMentions("Address already in use")) {
          throw e;
        }
      }
    }
    try (Connection c = dataSource("postgres", port).getConnection()) {
      return c.getMetaData().getDatabaseProductVersion();
    }
  }

  private static PGSimpleDataSource dataSource(String database, int port) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName(database);
    ds.setUser(SUPERUSER);
    ds.setConnectTimeout(10);
    return ds;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
