package dev.gradus.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the CLI starts and owns (embedded server, worker, API). Its output goes either to a log
 * file or, line by line with a prefix, to the CLI's own output. Closing it sends SIGTERM, so the
 * child shuts down cleanly, and kills it only if it does not stop in time.
 */
final class ChildProcess implements AutoCloseable {

  private static final long STOP_GRACE_SECONDS = 10;

  private final String label;
  private final Process process;
  private final Path logFile;

  private ChildProcess(String label, Process process, Path logFile) {
    this.label = label;
    this.process = process;
    this.logFile = logFile;
  }

  /** Starts {@code command} with its stdout and stderr appended to {@code logFile}. */
  static ChildProcess startLogged(
      String label,
      List<String> command,
      Map<String, String> extraEnv,
      Path workDir,
      Path logFile) {
    try {
      Files.createDirectories(logFile.getParent());
      ProcessBuilder builder = builder(command, extraEnv, workDir);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      return new ChildProcess(label, builder.start(), logFile);
    } catch (IOException e) {
      throw new CliFailure("cannot start " + label + ": " + e.getMessage());
    }
  }

  /**
   * Starts {@code command} and copies each line it prints to {@code sink} as {@code [label] line}.
   */
  static ChildProcess startForwarded(
      String label,
      List<String> command,
      Map<String, String> extraEnv,
      Path workDir,
      PrintWriter sink) {
    Process process;
    try {
      process = builder(command, extraEnv, workDir).start();
    } catch (IOException e) {
      throw new CliFailure("cannot start " + label + ": " + e.getMessage());
    }
    Thread pump = new Thread(() -> forward(label, process, sink), label + "-output");
    pump.setDaemon(true);
    pump.start();
    return new ChildProcess(label, process, null);
  }

  private static ProcessBuilder builder(
      List<String> command, Map<String, String> extraEnv, Path workDir) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().putAll(extraEnv);
    builder.redirectErrorStream(true);
    return builder;
  }

  private static void forward(String label, Process process, PrintWriter sink) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        synchronized (sink) {
          sink.println("[" + label + "] " + line);
          sink.flush();
        }
      }
    } catch (IOException e) {
      // The child closed its output while exiting; its exit is reported elsewhere.
    }
  }

  String label() {
    return label;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  int exitValue() {
    return process.exitValue();
  }

  long pid() {
    return process.pid();
  }

  /** " (see .gradus/logs/x.log)" when the output went to a file, so errors point at it. */
  String logHint() {
    return logFile == null ? "" : " (see " + logFile + ")";
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
