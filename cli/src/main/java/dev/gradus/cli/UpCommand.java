package dev.gradus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;

/**
 * {@code gradus up}: the embedded Temporal server, a worker and the API in the foreground, their
 * output prefixed and interleaved. Ctrl-C or SIGTERM stops all three; so does any one of them
 * exiting, since the rest would be of little use without it.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description =
        "Start the embedded Temporal server, a worker and the API in the foreground;"
            + " Ctrl-C stops them.")
final class UpCommand extends ClientCommand implements Callable<Integer> {

  private final List<ChildProcess> children = new ArrayList<>();
  private volatile boolean stopping;

  @Override
  public Integer call() {
    CliEnvironment env = env();
    requireBuilt(env.workerJar(), "worker");
    requireBuilt(env.apiJar(), "API");
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "gradus-up-stop"));
    String target = temporalTarget(env);
    Map<String, String> workerEnv = new HashMap<>(env.childSettings());
    workerEnv.put("TEMPORAL_ADDRESS", target);
    if (env.temporalAddress().isEmpty()) {
      // The Java test server needs sticky execution off, or a restarted worker leaves runs hanging.
      workerEnv.put("GRADUS_TEST_SERVER", "true");
    }
    start("worker", env.workerCommand(), workerEnv);
    // The API reads the results store in the workers' shared database: the same settings.
    Map<String, String> apiEnv = new HashMap<>(env.childSettings());
    apiEnv.put("TEMPORAL_ADDRESS", target);
    start("api", env.apiCommand(), apiEnv);
    String apiPort = env.variables().getOrDefault("QUARKUS_HTTP_PORT", "8080");
    out()
        .printf(
            "Gradus is up: Temporal %s, worker on task queue '%s', API and dashboard on"
                + " http://localhost:%s. Ctrl-C stops all.%n",
            target, env.taskQueue(), apiPort);
    out().flush();
    ChildProcess exited = firstToExit();
    // On Ctrl-C the children get SIGINT too and may exit before our shutdown hook has started;
    // a moment's grace keeps that from being reported as a crash.
    pause(300);
    if (stopping) {
      return 0;
    }
    err()
        .printf(
            "gradus: %s exited with code %d; stopping the others.%n",
            exited.label(), exited.exitValue());
    err().flush();
    stopAll();
    return 1;
  }

  private String temporalTarget(CliEnvironment env) {
    if (env.temporalAddress().isPresent()) {
      out().println("Using Temporal at " + env.temporalAddress().get() + " (TEMPORAL_ADDRESS).");
      return env.temporalAddress().get();
    }
    String local = EmbeddedTemporalServer.LOOPBACK + ":" + EmbeddedTemporalServer.DEFAULT_PORT;
    if (LoopbackPorts.isListening(EmbeddedTemporalServer.DEFAULT_PORT)) {
      out().println("Using the Temporal server already listening on " + local + ".");
      return local;
    }
    ChildProcess server =
        start(
            "server",
            List.of(
                env.javaExecutable(),
                "-cp",
                env.classPath(),
                EmbeddedTemporalServer.class.getName(),
                "--port",
                String.valueOf(EmbeddedTemporalServer.DEFAULT_PORT)),
            Map.of());
    LoopbackPorts.awaitListening(
        EmbeddedTemporalServer.DEFAULT_PORT, server, Duration.ofSeconds(30));
    return local;
  }

  private ChildProcess start(String label, List<String> command, Map<String, String> extraEnv) {
    ChildProcess child = ChildProcess.startForwarded(label, command, extraEnv, env().home(), out());
    synchronized (children) {
      children.add(child);
    }
    return child;
  }

  private ChildProcess firstToExit() {
    List<ChildProcess> watched;
    synchronized (children) {
      watched = List.copyOf(children);
    }
    CompletableFuture.anyOf(
            watched.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new))
        .join();
    return watched.stream().filter(child -> !child.isAlive()).findFirst().orElseThrow();
  }

  /** Stops the API and worker before the server they talk to. */
  private void stopAll() {
    stopping = true;
    synchronized (children) {
      for (int i = children.size() - 1; i >= 0; i--) {
        children.get(i).close();
      }
      children.clear();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void requireBuilt(Path jar, String what) {
    if (!Files.isRegularFile(jar)) {
      throw new CliFailure(
          "the "
              + what
              + " is not built ("
              + jar
              + " is missing): run `mvn -B -DskipTests install` at the repository root");
    }
  }
}
