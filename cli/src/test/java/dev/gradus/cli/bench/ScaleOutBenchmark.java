package dev.gradus.cli.bench;

import dev.gradus.cli.bench.ScaleOutRig.Histories;
import dev.gradus.cli.bench.ScaleOutRig.Worker;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Provider calls per second of the same runs on 1 worker and on 3, one after the other in one
 * process, with the scale-out test's machinery ({@link ScaleOutRig}): the embedded Temporal server
 * and one fake OpenAI server per worker (one simulated LLM behind them, a fixed time per
 * completion) in this JVM, packaged worker JVMs sharing a response cache (new for each
 * measurement), and the same OPRO runs started at once. The default 500 ms per completion keeps the
 * measurement bound by the provider's latency, as with real LLMs, rather than by the 2 cores the
 * JVMs share. Exits 1 if a run did not complete, a request got an error, or the measurements served
 * different numbers of calls (the runs are deterministic, so they did not do the same work). Run
 * from the repository root after {@code mvn -B -o package -DskipTests}:
 *
 * <pre>
 * java -cp 'cli/target/test-classes:cli/target/classes:cli/target/lib/*:worker/target/test-classes:activities/target/classes' \
 *   dev.gradus.cli.bench.ScaleOutBenchmark
 * </pre>
 */
@Command(
    name = "ScaleOutBenchmark",
    mixinStandardHelpOptions = true,
    description = "Measures provider calls per second of the same runs on 1 and on 3 workers.")
public final class ScaleOutBenchmark implements Callable<Integer> {

  @Option(
      names = "--workers",
      split = ",",
      defaultValue = "1,3",
      description = "Worker counts, one measurement each, in this order.")
  private List<Integer> workerCounts;

  @Option(names = "--slots", defaultValue = "8", description = "Activity slots per worker.")
  private int slots;

  @Option(
      names = "--latency-ms",
      defaultValue = "500",
      description = "The fake server's time per completion.")
  private long latencyMillis;

  @Option(names = "--runs", defaultValue = "8", description = "Runs started at once.")
  private int runs;

  @Option(names = "--generations", defaultValue = "2", description = "Generations per run.")
  private int generations;

  @Option(
      names = "--rate-limits",
      defaultValue = "",
      description = "GRADUS_RATE_LIMITS for every worker; none by default.")
  private String rateLimits;

  @Option(
      names = "--worker-env",
      description = "More environment for every worker, e.g. GRADUS_CACHE_ENABLED=false.")
  private Map<String, String> workerEnv = new LinkedHashMap<>();

  /** What one measurement gave. */
  private record Measured(
      int workers,
      long calls,
      long reportedCalls,
      long cacheHits,
      int completed,
      long errors,
      double middleCallsPerSecond,
      double makespanSeconds,
      double meanInFlight,
      double workerCores,
      double benchCores,
      double machineBusy,
      Map<String, Long> activitiesPerWorker,
      Map<String, Integer> callsPerWorker) {}

  @Override
  public Integer call() throws Exception {
    Path repo = WorkerJvm.repo();
    double loadBefore = RunTally.loadAverage();
    List<Measured> results = new ArrayList<>();
    for (int n : workerCounts) {
      results.add(measure(repo, n));
      System.err.printf("measured %d worker(s)%n", n);
    }
    RunTally tally = new RunTally(1);
    tally.noteLoad(loadBefore, RunTally.loadAverage());
    tally.printMachine(System.out);
    System.out.printf(
        "fake openai server: %d ms per completion; %d runs at once (OPRO, 4 proposals, %d"
            + " generations, sentiment); %d activity slots per worker; rate limits: %s; worker"
            + " env %s%n%n",
        latencyMillis,
        runs,
        generations,
        slots,
        rateLimits.isEmpty() ? "none" : rateLimits,
        workerEnv.isEmpty() ? "as set" : workerEnv);
    System.out.printf(
        "%7s %6s %7s %9s %9s %7s %10s %11s %8s %7s %8s%n",
        "workers",
        "calls",
        "end s",
        "calls/s",
        "ideal/s",
        "ratio",
        "overall/s",
        "inflight av",
        "workers",
        "bench",
        "machine");
    for (Measured m : results) {
      double ideal = m.workers() * slots * 1000.0 / latencyMillis;
      System.out.printf(
          "%7d %6d %7.1f %9.1f %9.1f %6.1f%% %10.1f %11.1f %8.2f %7.2f %7.0f%%%n",
          m.workers(),
          m.calls(),
          m.makespanSeconds(),
          m.middleCallsPerSecond(),
          ideal,
          100 * m.middleCallsPerSecond() / ideal,
          m.calls() / m.makespanSeconds(),
          m.meanInFlight(),
          m.workerCores(),
          m.benchCores(),
          100 * m.machineBusy());
    }
    System.out.println();
    Measured fewest = results.stream().min(Comparator.comparingInt(Measured::workers)).get();
    for (Measured m : results) {
      if (m != fewest) {
        System.out.printf(
            "%d workers against %d: %.2fx calls/s, %.2fx overall%n",
            m.workers(),
            fewest.workers(),
            m.middleCallsPerSecond() / fewest.middleCallsPerSecond(),
            fewest.makespanSeconds() / m.makespanSeconds());
      }
    }
    boolean valid = true;
    if (results.stream().mapToLong(Measured::calls).distinct().count() > 1) {
      // The runs are deterministic (the simulated LLM's answers do not depend on timing), so a
      // difference means the measurements did not do the same work.
      valid = false;
      System.out.println("NOT VALID: the measurements served different numbers of calls");
    }
    for (Measured m : results) {
      System.out.printf(
          "%d worker(s): calls served per worker %s, activities completed per worker %s; runs"
              + " completed %d of %d; served %d, reports' calls %d and cache hits %d%n",
          m.workers(),
          m.callsPerWorker(),
          m.activitiesPerWorker(),
          m.completed(),
          runs,
          m.calls(),
          m.reportedCalls(),
          m.cacheHits());
      if (m.completed() != runs || m.errors() != 0) {
        valid = false;
        System.out.printf(
            "%d worker(s): NOT VALID: %d of %d runs completed, %d error answers%n",
            m.workers(), m.completed(), runs, m.errors());
      }
    }
    return valid ? 0 : 1;
  }

  private Measured measure(Path repo, int workerCount) throws Exception {
    Path cache = repo.resolve("cli/target/bench-scale-out-cache-" + workerCount);
    WorkerJvm.empty(cache);
    try (ScaleOutRig rig = ScaleOutRig.start(repo, cache, Duration.ofMillis(latencyMillis))) {
      List<Worker> workers =
          rig.startWorkers(
              "bench-scale-out-" + workerCount, workerCount, slots, rateLimits, workerEnv);
      Thread killWorkers = new Thread(() -> workers.forEach(w -> w.process().destroyForcibly()));
      Runtime.getRuntime().addShutdownHook(killWorkers);
      try {
        long workersBefore = cpuNanos(workers);
        CpuUse before = CpuUse.now(workers.get(0).process());
        long start = System.nanoTime();
        List<RunReport> reports;
        double meanInFlight;
        try (InFlightSampler inFlight = new InFlightSampler(rig::inFlight, 10)) {
          List<String> ids = rig.startRuns("bench-scale-out-" + workerCount, runs, generations);
          reports = rig.awaitReports(ids, Duration.ofMinutes(30));
          meanInFlight = inFlight.mean();
          long wall = System.nanoTime() - start;
          CpuUse after = CpuUse.now(workers.get(0).process());
          Histories histories = rig.histories(ids);
          Map<String, Integer> callsPerWorker = new LinkedHashMap<>();
          workers.forEach(w -> callsPerWorker.put(w.name(), w.llm().completionsServed()));
          return new Measured(
              workerCount,
              rig.served(),
              reports.stream().mapToLong(r -> r.usage().calls()).sum(),
              reports.stream().mapToLong(r -> r.usage().cacheHits()).sum(),
              (int) reports.stream().filter(r -> r.status() == RunStatus.COMPLETED).count(),
              rig.errors(),
              middleRate(rig.answeredNanos()),
              histories.makespan().toNanos() / 1e9,
              meanInFlight,
              (cpuNanos(workers) - workersBefore) / (double) wall,
              after.benchCores(before, wall),
              after.machineBusy(before),
              histories.perWorker(workers),
              callsPerWorker);
        }
      } finally {
        Runtime.getRuntime().removeShutdownHook(killWorkers);
      }
    }
  }

  /**
   * Calls per second from the 20th to the 80th percentile of completion times: the middle 60% of
   * the calls, without the start (one seed evaluation per run, so fewer activities than slots) and
   * the end (the last runs' last steps), where the runs, not the workers, set the pace.
   */
  static double middleRate(List<Long> sortedNanos) {
    int from = (int) (sortedNanos.size() * 0.2);
    int to = (int) (sortedNanos.size() * 0.8);
    return (to - from) / ((sortedNanos.get(to) - sortedNanos.get(from)) / 1e9);
  }

  private static long cpuNanos(List<Worker> workers) {
    return workers.stream()
        .mapToLong(
            w -> w.process().toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
  }

  public static void main(String[] args) {
    // The SDK's and gRPC's info logging would bury the table.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new ScaleOutBenchmark()).execute(args));
  }
}
