package dev.gradus.activities.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The temporary folder of a {@link LocalPostgres} cluster, owned by the server's user: its data,
 * its unix socket, its logs, and the PostgreSQL programs run on it.
 */
final class ClusterFolder {

  private static final long COMMAND_TIMEOUT_SECONDS = 90;
  private static final int LOG_LINES_IN_ERRORS = 20;

  private final PostgresInstallation installation;
  private final Path path;

  private ClusterFolder(PostgresInstallation installation, Path path) {
    this.installation = installation;
    this.path = path;
  }

  static ClusterFolder create(PostgresInstallation installation) {
    Path path;
    try {
      path = Files.createTempDirectory("gradus-postgres-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a folder for PostgreSQL", e);
    }
    ClusterFolder folder = new ClusterFolder(installation, path);
    try {
      installation.handOver(path);
    } catch (IOException e) {
      folder.delete();
      throw new UncheckedIOException("could not hand PostgreSQL's folder to its user", e);
    }
    return folder;
  }

  Path path() {
    return path;
  }

  /** The server's own log, which pg_ctl writes. */
  Path serverLog() {
    return path.resolve("server.log");
  }

  /**
   * Runs a PostgreSQL program as the server's user, its output going to a log in this folder.
   *
   * @throws IllegalStateException when it fails or hangs, quoting the end of the logs
   */
  void run(String program, String... args) {
    ProcessBuilder builder =
        new ProcessBuilder(installation.command(program, args))
            .directory(path.toFile())
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(commandLog().toFile()));
    // A developer's PGDATA, PGPORT or PGHOST must not steer the programs to another cluster.
    builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
    try {
      Process process = builder.start();
      if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            program + " did not finish in " + COMMAND_TIMEOUT_SECONDS + " s" + logEnds());
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            program + " failed with exit code " + process.exitValue() + logEnds());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + program, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + program, e);
    }
  }

  boolean serverLogMentions(String text) {
    return tail(serverLog()).contains(text);
  }

  /**
   * Stops the server of {@code data} at once, its data being worthless; if pg_ctl cannot, ends the
   * server's process by the id in its pid file.
   */
  void stopServer(Path data) {
    Path pidFile = data.resolve("postmaster.pid");
    try {
      run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "-t", "30", "-s", "stop");
    } catch (IllegalStateException e) {
      try {
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      } catch (IOException | RuntimeException unreadable) {
        e.addSuppressed(unreadable);
      }
      throw e;
    }
  }

  /** Deletes the folder and everything in it. */
  void delete() {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete PostgreSQL's folder " + path, e);
    }
  }

  private Path commandLog() {
    return path.resolve("commands.log");
  }

  private String logEnds() {
    return "\n--- end of "
        + commandLog()
        + " ---\n"
        + tail(commandLog())
        + "\n--- end of "
        + serverLog()
        + " ---\n"
        + tail(serverLog());
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
      return String.join(
          "\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_ERRORS), lines.size()));
    } catch (IOException e) {
      return "(none)";
    }
  }
}
