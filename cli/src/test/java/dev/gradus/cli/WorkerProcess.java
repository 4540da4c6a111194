package dev.gradus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged worker started as its own JVM against a test's Temporal server, as users run it. */
final class WorkerProcess {

  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private WorkerProcess() {}

  /**
   * @param name names the log file, {@code cli/target/<name>.log}
   * @param extraEnv more environment for the worker (a fake provider's URL, say); without {@code
   *     GRADUS_CACHE_DIR} the worker gets a response cache of its own
   */
  static Process start(String target, String name, Map<String, String> extraEnv) throws Exception {
    CliEnvironment env = new CliEnvironment(Map.of(), REPO, false);
    Path log = REPO.resolve("cli/target/" + name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(env.workerCommand())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> vars = new HashMap<>();
    vars.put("TEMPORAL_ADDRESS", target);
    vars.put("GRADUS_TEST_SERVER", "true");
    vars.put("GRADUS_WORKER_PORT", "0");
    vars.put("GRADUS_CACHE_DIR", Files.createTempDirectory("gradus-cache-").toString());
    vars.putAll(extraEnv);
    builder.environment().putAll(vars);
    return builder.start();
  }

  /** Stops what a test started: politely (SIGTERM), then forcibly after 20 s. */
  static void stopAll(List<Process> processes) throws InterruptedException {
    for (Process p : processes) {
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }
}
