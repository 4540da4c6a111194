package dev.gradus.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.cli.CliEnvironment;
import dev.gradus.cli.GradusCli;
import dev.gradus.search.Candidate;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.client.DeadlineQuery;
import dev.gradus.workflow.client.ProgressQuery;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The requests a user or a dashboard makes of a busy run, each timed from the caller's side and
 * recorded in a {@link RunTally}, which also checks what the answers hold.
 */
final class QueryProbes {

  static final String PROGRESS = "progress query";
  static final String LEADERBOARD = "leaderboard query";
  static final String STATUS = "status --json (in JVM)";
  static final String LAUNCHER = "./gradus status --json";
  static final String DESCRIBE = "describe";

  // RunLookup's own deadline: longer than any answer we would accept, so slow ones are measured.
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WorkflowClient client;
  private final String runId;
  private final Path repo;
  private final String target;
  private final RunTally tally;

  QueryProbes(WorkflowClient client, String runId, Path repo, String target, RunTally tally) {
    this.client = client;
    this.runId = runId;
    this.repo = repo;
    this.target = target;
    this.tally = tally;
  }

  /** The {@code progress} query, as the API and {@code status} send it. */
  void progress() {
    long start = System.nanoTime();
    Optional<RunReport> report = new ProgressQuery(client).fetch(runId, DEADLINE);
    tally.record(PROGRESS, millisSince(start), report.isPresent());
    report.ifPresent(
        r -> {
          tally.observe(r);
          tally.completeness.check(
              PROGRESS,
              r.generation(),
              r.best() != null,
              r.usage() != null,
              r.etaSeconds() != null,
              r.status() == null ? null : r.status().name());
        });
  }

  /**
   * Whether the run is still going, from a describe of its latest execution, which is timed too;
   * tells the tally when the execution changes.
   */
  boolean stillOpen(BusyRun run) {
    long start = System.nanoTime();
    WorkflowExecutionDescription latest = run.latest();
    tally.record(DESCRIBE, millisSince(start), true);
    boolean open = BusyRun.isOpen(latest);
    tally.noteExecution(latest.getExecution().getRunId(), open);
    return open;
  }

  void leaderboard() {
    long start = System.nanoTime();
    Optional<Candidate[]> board =
        new DeadlineQuery(client).fetch(runId, "leaderboard", Candidate[].class, DEADLINE);
    tally.record(LEADERBOARD, millisSince(start), board.isPresent());
  }

  /**
   * {@code gradus status RUN --json} run in this JVM, as the CLI tests run it: a new connection to
   * Temporal, a describe and a query each time, without the cost of starting a JVM.
   */
  void statusInThisJvm() {
    CliEnvironment env = new CliEnvironment(Map.of("TEMPORAL_ADDRESS", target), repo, false);
    StringWriter out = new StringWriter();
    long start = System.nanoTime();
    int exit =
        GradusCli.commandLine(env)
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(new StringWriter()))
            .execute("status", runId, "--json");
    tally.record(STATUS, millisSince(start), exit == 0);
    if (exit == 0) {
      checkJson(STATUS, out.toString());
    }
  }

  /** {@code ./gradus status RUN --json} as a user types it: a new JVM each time. */
  void statusThroughLauncher() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(repo.resolve("gradus").toString(), "status", runId, "--json")
            .directory(repo.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("TEMPORAL_ADDRESS", target);
    long start = System.nanoTime();
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes());
    boolean exited = process.waitFor(30, TimeUnit.SECONDS);
    double millis = millisSince(start);
    boolean ok = exited && process.exitValue() == 0;
    if (!exited) {
      process.destroyForcibly();
    }
    tally.record(LAUNCHER, millis, ok);
    if (ok) {
      checkJson(LAUNCHER, out);
    }
  }

  private void checkJson(String kind, String json) {
    try {
      JsonNode report = JSON.readTree(json);
      tally.completeness.check(
          kind,
          report.hasNonNull("generation") ? report.get("generation").asInt() : null,
          report.hasNonNull("best"),
          report.hasNonNull("usage"),
          report.hasNonNull("etaSeconds"),
          report.path("status").asText(null));
    } catch (IOException e) {
      tally.completeness.check(kind, null, false, false, false, null);
    }
  }

  private static double millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }
}
