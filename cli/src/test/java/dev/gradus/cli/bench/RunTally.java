package dev.gradus.cli.bench;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the benchmark learns while the run goes on: latency per kind of request, requests that
 * got no answer, answers that lacked a field, and progress latency by how far into its current
 * workflow execution the run was. The last is the figure to read against continue-as-new: on the
 * test server the worker keeps no workflow cache, so it replays the current execution's history to
 * answer a query, and a query that arrives while a workflow task is in flight waits for the next.
 */
final class RunTally {

  final ProgressCompleteness completeness = new ProgressCompleteness();
  private final LatencyTable latency = new LatencyTable();
  private final LatencyTable byPosition = new LatencyTable();
  private final Map<String, List<Long>> unansweredSince = new LinkedHashMap<>();
  private final List<Long> executionChanges = new ArrayList<>();
  private final int continueAsNewEvery;
  private String executionRunId;
  private String load = "";

  RunTally(int continueAsNewEvery) {
    this.continueAsNewEvery = continueAsNewEvery;
    latency.kind(QueryProbes.PROGRESS);
    latency.kind(QueryProbes.LEADERBOARD);
    latency.kind(QueryProbes.STATUS);
    latency.kind(QueryProbes.LAUNCHER);
    latency.kind(QueryProbes.DESCRIBE);
    for (int done = 0; done < continueAsNewEvery; done++) {
      byPosition.kind(positionLabel(done));
    }
  }

  synchronized void record(String kind, double millis, boolean answered) {
    latency.record(kind, millis, answered);
    if (!answered) {
      long sent = System.nanoTime() - (long) (millis * 1e6);
      unansweredSince.computeIfAbsent(kind, k -> new ArrayList<>()).add(sent);
    }
  }

  /** Notes when the run continued as new or ended, as seen by a describe. */
  synchronized void noteExecution(String runId, boolean open) {
    if (executionRunId != null && (!runId.equals(executionRunId) || !open)) {
      executionChanges.add(System.nanoTime());
    }
    executionRunId = open ? runId : null;
  }

  /** Notes where in its execution the run was when a progress query answered. */
  synchronized void observe(RunReport report) {
    if (report.status() == RunStatus.RUNNING) {
      byPosition.record(
          positionLabel(report.generation() % continueAsNewEvery),
          latency.lastAnswered(QueryProbes.PROGRESS),
          true);
    }
  }

  void print(PrintStream out) {
    latency.print(out);
    out.println();
    if (!unansweredSince.isEmpty()) {
      out.printf(
          "unanswered requests, each with the nearest continue-as-new or end of the run seen by"
              + " describe (%d seen), in seconds after the request was sent:%n",
          executionChanges.size());
      unansweredSince.forEach(
          (kind, sent) ->
              out.printf(
                  "  %s: %s%n", kind, sent.stream().map(this::nearestExecutionChange).toList()));
      out.println();
    }
    completeness.print(out);
    out.println();
    out.println(
        "progress query by generations completed in the current execution"
            + " (0 = the first generation after a continue-as-new, or the run's start):");
    byPosition.print(out);
  }

  private String nearestExecutionChange(long sentNanos) {
    return executionChanges.stream()
        .map(change -> (change - sentNanos) / 1e9)
        .min(Comparator.comparingDouble(Math::abs))
        .map(seconds -> String.format("%+.2f", seconds))
        .orElse("none");
  }

  /** The system load average over the last minute, or -1 where the platform has none. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  void noteLoad(double before, double after) {
    load = String.format(", load average %.1f before and %.1f after", before, after);
  }

  /** The figures a reader needs to compare runs of the benchmark on different machines. */
  void printMachine(PrintStream out) {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    out.printf(
        "%nmachine: %d cores, %.1f GiB RAM, Java %s, %s %s%s; %s%n",
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
        System.getProperty("java.runtime.version"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        load,
        Instant.now());
  }

  /**
   * Counts the worker's workflow task completions that the server refused because the execution had
   * already closed. On the embedded test server they come with continue-as-new under query load,
   * together with the unanswered queries (and see {@link BusyRun#latest} on result polls).
   */
  void printWorkerWarnings(PrintStream out, Path workerLog) throws IOException {
    try (var lines = Files.lines(workerLog)) {
      long refused =
          lines.filter(line -> line.contains("workflow execution already completed")).count();
      out.printf(
          "%nworker: %d workflow task completions refused as 'workflow execution already"
              + " completed' (%s)%n",
          refused, workerLog);
    }
  }

  private static String positionLabel(int done) {
    return "  " + done + " into execution";
  }
}
