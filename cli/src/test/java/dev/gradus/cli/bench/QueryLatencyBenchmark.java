package dev.gradus.cli.bench;

import dev.gradus.cli.EmbeddedTemporalServer;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How fast {@code status} and the {@code progress} and {@code leaderboard} queries answer while a
 * run is busy. Starts the embedded Temporal server and one packaged worker JVM, starts a {@link
 * BusyRun}, and asks about it every interval, one poller per kind of request, until it ends; prints
 * latency percentiles per kind of request and how many answers lacked a field. Exits 1 if the run
 * did not complete. Run from the repository root after {@code mvn -B -o package -DskipTests}:
 *
 * <pre>
 * java -cp 'cli/target/test-classes:cli/target/classes:cli/target/lib/*' \
 *   dev.gradus.cli.bench.QueryLatencyBenchmark
 * </pre>
 */
@Command(
    name = "QueryLatencyBenchmark",
    mixinStandardHelpOptions = true,
    description = "Measures status and query latency while a simulated run is busy.")
public final class QueryLatencyBenchmark implements Callable<Integer> {

  @Option(names = "--generations", defaultValue = "200", description = "Generations of the run.")
  private int generations;

  @Option(
      names = "--interval-ms",
      defaultValue = "200",
      description = "Pause between two requests of one kind.")
  private long intervalMillis;

  @Option(
      names = "--launcher-interval-s",
      defaultValue = "10",
      description = "Pause between two runs of ./gradus status (a new JVM each); 0 never.")
  private long launcherSeconds;

  @Override
  public Integer call() throws Exception {
    Path repo = WorkerJvm.repo();
    Path workerLog = repo.resolve("cli/target/bench-worker.log");
    RunTally tally = new RunTally(BusyRun.CONTINUE_AS_NEW_EVERY);
    RunReport report;
    long measuredNanos;
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0)) {
      Process worker =
          WorkerJvm.start(repo, server.target(), workerLog, repo.resolve("cli/target/bench-cache"));
      Thread killWorker = new Thread(worker::destroyForcibly);
      Runtime.getRuntime().addShutdownHook(killWorker);
      WorkflowServiceStubs stubs =
          WorkflowServiceStubs.newConnectedServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build(),
              Duration.ofSeconds(10));
      try {
        WorkflowClient client = WorkflowClient.newInstance(stubs);
        BusyRun run = BusyRun.start(client, generations);
        run.awaitFirstAnswer();
        QueryProbes probes = new QueryProbes(client, BusyRun.ID, repo, server.target(), tally);
        double loadBefore = RunTally.loadAverage();
        long start = System.nanoTime();
        // One poller per kind, as independent clients would ask: a request that hangs delays
        // only the next request of its own kind.
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(4);
        poll(pollers, probes::progress, intervalMillis);
        poll(pollers, probes::leaderboard, intervalMillis);
        poll(pollers, probes::statusInThisJvm, intervalMillis);
        if (launcherSeconds > 0) {
          poll(pollers, probes::statusThroughLauncher, launcherSeconds * 1000);
        }
        while (probes.stillOpen(run)) {
          Thread.sleep(intervalMillis);
        }
        // Requests in flight finish (within their deadline) and are counted; no new ones start.
        pollers.shutdown();
        pollers.awaitTermination(1, TimeUnit.MINUTES);
        tally.noteLoad(loadBefore, RunTally.loadAverage());
        measuredNanos = System.nanoTime() - start;
        report = run.result();
      } finally {
        stubs.shutdownNow();
        worker.destroy();
        worker.waitFor(15, TimeUnit.SECONDS);
        Runtime.getRuntime().removeShutdownHook(killWorker);
      }
    }
    tally.printMachine(System.out);
    System.out.printf(
        "run: %s, %d of %d generations, %d provider calls, measured for %.1f s%s%n%n",
        report.status(),
        report.generation(),
        generations,
        report.usage() == null ? 0 : report.usage().calls(),
        measuredNanos / 1e9,
        report.error() == null ? "" : " (" + report.error() + ")");
    tally.print(System.out);
    tally.printWorkerWarnings(System.out, workerLog);
    return report.status() == RunStatus.COMPLETED ? 0 : 1;
  }

  private interface Probe {
    void ask() throws Exception;
  }

  private static void poll(ScheduledExecutorService pollers, Probe probe, long pauseMillis) {
    pollers.scheduleWithFixedDelay(
        () -> {
          try {
            probe.ask();
          } catch (Exception e) {
            System.err.println("a request could not be made: " + e);
          }
        },
        0,
        pauseMillis,
        TimeUnit.MILLISECONDS);
  }

  public static void main(String[] args) {
    // The SDK's and gRPC's info logging would bury the table.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new QueryLatencyBenchmark()).execute(args));
  }
}
