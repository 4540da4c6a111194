package dev.gradus.cli.bench;

import dev.gradus.cli.CliEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged worker as its own JVM, as users run it against the embedded server. The tests'
 * {@code WorkerProcess} does the same but is package-private and finds the repository from the
 * working directory, which only holds under Surefire; a benchmark is started from anywhere.
 */
final class WorkerJvm {

  private WorkerJvm() {}

  /** The repository root: {@code gradus.home}, else three levels above cli/target/test-classes. */
  static Path repo() throws Exception {
    String home = System.getProperty("gradus.home");
    if (home != null) {
      return Path.of(home).toAbsolutePath().normalize();
    }
    Path classes =
        Path.of(WorkerJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return classes.resolve("../../..").normalize();
  }

  /**
   * Starts the worker against {@code target}; its output goes to {@code log}. Its response cache
   * lives in {@code cacheDir}, emptied first: the simulated run is the same every time, so a cache
   * kept from an earlier run would answer it without the work this benchmark needs.
   */
  static Process start(Path repo, String target, Path log, Path cacheDir) throws IOException {
    empty(cacheDir);
    return start(repo, target, log, Map.of("GRADUS_CACHE_DIR", cacheDir.toString()));
  }

  /**
   * Starts the worker against {@code target} with more environment, set last (activity slots, a
   * provider's base URL, ...); its output goes to {@code log}.
   */
  static Process start(Path repo, String target, Path log, Map<String, String> extraEnv)
      throws IOException {
    CliEnvironment env = new CliEnvironment(Map.of(), repo, false);
    if (!Files.isRegularFile(env.workerJar())) {
      throw new IllegalStateException(
          "no packaged worker at " + env.workerJar() + ": run mvn -B -o package -DskipTests first");
    }
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(env.workerCommand())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // A real key in the benchmark's environment has no business going to a fake server.
    builder.environment().remove("OPENAI_API_KEY");
    // No sticky queue and no workflow cache on the test server, as ./gradus up runs it.
    builder
        .environment()
        .putAll(
            Map.of(
                "TEMPORAL_ADDRESS",
                target,
                "GRADUS_TEST_SERVER",
                "true",
                "GRADUS_WORKER_PORT",
                "0"));
    builder.environment().putAll(extraEnv);
    return builder.start();
  }

  /** Makes {@code dir} an empty folder, deleting what it held. */
  static void empty(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(dir);
  }
}
