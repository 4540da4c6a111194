package dev.gradus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedded Temporal server and a worker that live exactly as long as one CLI command, so that
 * {@code run} and {@code demo} work with nothing else running. Their logs go to {@code
 * .gradus/logs/}; both are stopped when the command ends, even on Ctrl-C.
 */
final class LocalStack implements AutoCloseable {

  private static final Duration SERVER_START_TIMEOUT = Duration.ofSeconds(30);

  private final List<ChildProcess> children = new ArrayList<>();
  private final int port;
  private final Thread stopOnExit = new Thread(this::close, "gradus-local-stack-stop");

  private LocalStack(int port) {
    this.port = port;
  }

  static LocalStack start(CliEnvironment env, PrintWriter err) {
    Path workerJar = env.workerJar();
    if (!Files.isRegularFile(workerJar)) {
      throw new CliFailure(
          "the worker is not built ("
              + workerJar
              + " is missing): run `mvn -B -DskipTests install` at the repository root");
    }
    LocalStack stack = new LocalStack(LoopbackPorts.freePort());
    // Ctrl-C must not leave a server and a worker behind.
    Runtime.getRuntime().addShutdownHook(stack.stopOnExit);
    try {
      stack.startServer(env);
      stack.startWorker(env);
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
    err.printf(
        "No Temporal server found: started an embedded one on %s and a worker for this command"
            + " (logs in %s).%n",
        stack.target(), env.home().relativize(env.logsDir()));
    err.flush();
    return stack;
  }

  private void startServer(CliEnvironment env) {
    long pid = ProcessHandle.current().pid();
    List<String> command =
        List.of(
            env.javaExecutable(),
            "-cp",
            env.classPath(),
            EmbeddedTemporalServer.class.getName(),
            "--port",
            String.valueOf(port),
            // The server stops by itself if this CLI is killed without running its shutdown hooks.
            "--stop-with-pid",
            String.valueOf(pid));
    ChildProcess server =
        ChildProcess.startLogged(
            "embedded Temporal server",
            command,
            Map.of(),
            env.home(),
            env.logsDir().resolve("server-" + pid + ".log"));
    children.add(server);
    LoopbackPorts.awaitListening(port, server, SERVER_START_TIMEOUT);
  }

  private void startWorker(CliEnvironment env) {
    long pid = ProcessHandle.current().pid();
    Map<String, String> workerEnv = new HashMap<>(env.childSettings());
    workerEnv.putAll(
        Map.of(
            "TEMPORAL_ADDRESS", target(),
            "TEMPORAL_NAMESPACE", env.namespace(),
            "GRADUS_TASK_QUEUE", env.taskQueue(),
            // The test server needs sticky execution off; port 0 lets several workers coexist.
            "GRADUS_TEST_SERVER", "true",
            "GRADUS_WORKER_PORT", "0"));
    List<String> command = env.workerCommand();
    children.add(
        ChildProcess.startLogged(
            "worker",
            command,
            workerEnv,
            env.home(),
            env.logsDir().resolve("worker-" + pid + ".log")));
  }

  /**
   * Fails if the server or the worker has died, which would otherwise leave the command waiting.
   */
  synchronized void requireAlive() {
    for (ChildProcess child : children) {
      if (!child.isAlive()) {
        throw new CliFailure(
            child.label() + " exited with code " + child.exitValue() + child.logHint());
      }
    }
  }

  String target() {
    return EmbeddedTemporalServer.LOOPBACK + ":" + port;
  }

  /** Stops the worker before the server, so the worker does not log a lost connection. */
  @Override
  public synchronized void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // Already running as the shutdown hook.
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      children.get(i).close();
    }
    children.clear();
  }
}
