package dev.gradus.cli.bench;

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
 * Provider calls per second that one worker achieves with N activity slots against an
 * OpenAI-compatible server that takes a fixed time per completion, next to the ideal N / latency.
 * Each slot count is measured from scratch by a {@link ThroughputLevel}: embedded Temporal server
 * and fake server in this JVM, the packaged worker in its own, enough {@link ProviderRuns} to keep
 * every slot waiting for work. Exits 1 if a measurement is not valid (a run ended early, or the
 * server answered a request with an error). Run from the repository root after {@code mvn -B -o
 * package -DskipTests}; the fake server and the simulated LLM come from the worker's test classes
 * and the activities' classes:
 *
 * <pre>
 * java -cp 'cli/target/test-classes:cli/target/classes:cli/target/lib/*:worker/target/test-classes:activities/target/classes' \
 *   dev.gradus.cli.bench.ProviderThroughputBenchmark
 * </pre>
 */
@Command(
    name = "ProviderThroughputBenchmark",
    mixinStandardHelpOptions = true,
    description = "Measures one worker's provider calls per second at several slot counts.")
public final class ProviderThroughputBenchmark implements Callable<Integer> {

  /** The issue's goal, at the largest slot count. */
  static final double TARGET_RATIO = 0.85;

  @Option(
      names = "--slots",
      split = ",",
      defaultValue = "8,32,128",
      description = "Activity slots of the worker, one measurement each.")
  private List<Integer> slotCounts;

  @Option(
      names = "--latency-ms",
      defaultValue = "200",
      description = "The fake server's time per completion.")
  private long latencyMillis;

  @Option(
      names = "--warmup-s",
      defaultValue = "20",
      description = "Unmeasured time after the first completion.")
  private long warmupSeconds;

  @Option(names = "--window-s", defaultValue = "30", description = "Measured time.")
  private long windowSeconds;

  @Option(
      names = "--slots-per-run",
      defaultValue = "8",
      description = "Runs started: slots divided by this, at least 2.")
  private int slotsPerRun;

  @Option(
      names = "--worker-env",
      description = "More environment for the worker, e.g. GRADUS_HTTP_MAX_CONNECTIONS=50.")
  private Map<String, String> workerEnv = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    ThroughputLevel level =
        new ThroughputLevel(
            WorkerJvm.repo(),
            Duration.ofMillis(latencyMillis),
            Duration.ofSeconds(warmupSeconds),
            Duration.ofSeconds(windowSeconds),
            workerEnv);
    double loadBefore = RunTally.loadAverage();
    List<ThroughputResult> results = new ArrayList<>();
    for (int slots : slotCounts) {
      results.add(level.measure(slots, Math.max(2, slots / slotsPerRun)));
      System.err.printf("measured %d slots%n", slots);
    }
    // Only for the machine line, so that both benchmarks describe the machine the same way.
    RunTally tally = new RunTally(1);
    tally.noteLoad(loadBefore, RunTally.loadAverage());
    tally.printMachine(System.out);
    System.out.printf(
        "fake openai server: %d ms per completion; warm-up %d s after the first completion,"
            + " then %d s measured; worker env %s%n%n",
        latencyMillis, warmupSeconds, windowSeconds, workerEnv.isEmpty() ? "as set" : workerEnv);
    ThroughputResult.printHeader(System.out);
    results.forEach(r -> r.print(System.out));
    System.out.println();
    boolean valid = true;
    for (ThroughputResult r : results) {
      if (!r.valid()) {
        valid = false;
        System.out.printf(
            "%d slots: NOT VALID: %d of %d runs open at the end, %d error answers%n",
            r.slots(), r.runsOpen(), r.runs(), r.errors());
      }
      if (r.workerWarnings() > 0) {
        System.out.printf(
            "%d slots: %d WARN or ERROR lines after the first call in"
                + " cli/target/bench-throughput-worker-%d.log%n",
            r.slots(), r.workerWarnings(), r.slots());
      }
    }
    ThroughputResult largest =
        results.stream().max(Comparator.comparingInt(ThroughputResult::slots)).orElseThrow();
    System.out.printf(
        "target: at least %.0f%% of ideal at %d slots: %s (%.1f%%)%n",
        100 * TARGET_RATIO,
        largest.slots(),
        largest.ratio() >= TARGET_RATIO ? "met" : "MISSED",
        100 * largest.ratio());
    return valid ? 0 : 1;
  }

  public static void main(String[] args) {
    // The SDK's and gRPC's info logging would bury the table.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new ProviderThroughputBenchmark()).execute(args));
  }
}
