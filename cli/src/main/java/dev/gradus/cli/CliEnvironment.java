package dev.gradus.cli;

import dev.gradus.workflow.PromptOptimizationWorkflow;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the CLI reads from its surroundings: environment variables, the repository it runs from, and
 * whether stderr is a terminal. Tests build one by hand instead of touching the real process.
 *
 * @param home the repository root, where the worker and API jars and {@code .gradus/} live
 * @param stderrIsTerminal whether a live progress line may be drawn on stderr
 */
public record CliEnvironment(Map<String, String> variables, Path home, boolean stderrIsTerminal) {

  /** The environment of this process. The launcher passes the repository and the terminal test. */
  public static CliEnvironment current() {
    String home =
        System.getProperty("gradus.home", System.getenv().getOrDefault("GRADUS_HOME", "."));
    // Java cannot ask whether stderr alone is a terminal; the launcher can ([ -t 2 ]) and says so.
    String terminal = System.getProperty("gradus.stderrIsTerminal");
    boolean stderrIsTerminal =
        terminal != null ? Boolean.parseBoolean(terminal) : System.console() != null;
    return new CliEnvironment(
        System.getenv(), Path.of(home).toAbsolutePath().normalize(), stderrIsTerminal);
  }

  /** {@code TEMPORAL_ADDRESS}, when set: then it is the only server the CLI talks to. */
  public Optional<String> temporalAddress() {
    return variable("TEMPORAL_ADDRESS");
  }

  public String namespace() {
    return variable("TEMPORAL_NAMESPACE").orElse("default");
  }

  public String taskQueue() {
    return variable("GRADUS_TASK_QUEUE").orElse(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE);
  }

  public Path logsDir() {
    return home.resolve(".gradus").resolve("logs");
  }

  public Path workerJar() {
    return home.resolve("worker/target/quarkus-app/quarkus-run.jar");
  }

  public Path apiJar() {
    return home.resolve("api/target/quarkus-app/quarkus-run.jar");
  }

  /**
   * The command that starts a local worker. The response cache's H2 file is shared by local workers
   * through H2's server mode, whose port would otherwise listen on every network interface.
   */
  public List<String> workerCommand() {
    return List.of(javaExecutable(), "-Dh2.bindAddress=127.0.0.1", "-jar", workerJar().toString());
  }

  /**
   * The command that starts the API. It opens the same shared database as the workers (the results
   * store), so it binds H2's server mode to loopback as they do.
   */
  public List<String> apiCommand() {
    return List.of(javaExecutable(), "-Dh2.bindAddress=127.0.0.1", "-jar", apiJar().toString());
  }

  /**
   * The settings of this environment that the workers and the API this CLI starts must share with
   * it: the response cache ({@code GRADUS_CACHE_*}), which lets a test give its workers a cache of
   * their own, and the payload keys ({@code GRADUS_PAYLOAD_*}), without which this CLI could not
   * read what its workers encrypt.
   */
  public Map<String, String> childSettings() {
    return variables.entrySet().stream()
        .filter(
            e -> e.getKey().startsWith("GRADUS_CACHE_") || e.getKey().startsWith("GRADUS_PAYLOAD_"))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The java binary running this CLI, so children run on the same JDK. */
  public String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * This CLI's classpath, which also holds the embedded Temporal server, with every entry made
   * absolute: children run in {@link #home}, not necessarily where this JVM was started.
   */
  public String classPath() {
    String workingDir = System.getProperty("user.dir");
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> new File(entry).isAbsolute() ? entry : new File(workingDir, entry).getPath())
        .collect(Collectors.joining(File.pathSeparator));
  }

  private Optional<String> variable(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
