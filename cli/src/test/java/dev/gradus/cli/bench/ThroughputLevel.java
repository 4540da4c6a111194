package dev.gradus.cli.bench;

import dev.gradus.cli.EmbeddedTemporalServer;
import dev.gradus.worker.fake.FakeOpenAiServer;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One measurement, from scratch: a new embedded Temporal server, a new fake OpenAI server that
 * takes {@code latency} per completion, and a new worker JVM with the given number of activity
 * slots. It starts {@link ProviderRuns}, waits for the first completion and then for {@code
 * warmup}, and counts the completions served during {@code window}, sampling the requests in flight
 * meanwhile. The worker is killed afterwards: its runs have nothing left worth finishing.
 */
final class ThroughputLevel {

  private static final Pattern WARNING = Pattern.compile("^\\S+ (WARN|ERROR) .*");

  private final Path repo;
  private final Duration latency;
  private final Duration warmup;
  private final Duration window;
  private final Map<String, String> workerEnv;

  ThroughputLevel(
      Path repo,
      Duration latency,
      Duration warmup,
      Duration window,
      Map<String, String> workerEnv) {
    this.repo = repo;
    this.latency = latency;
    this.warmup = warmup;
    this.window = window;
    this.workerEnv = workerEnv;
  }

  ThroughputResult measure(int slots, int runs) throws Exception {
    Path log = repo.resolve("cli/target/bench-throughput-worker-" + slots + ".log");
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
        FakeOpenAiServer fake = FakeOpenAiServer.start(ProviderRuns.responder())) {
      fake.latency(latency);
      Map<String, String> env = new HashMap<>();
      env.put("GRADUS_MAX_CONCURRENT_ACTIVITIES", Integer.toString(slots));
      env.put("OPENAI_BASE_URL", fake.baseUrl());
      // Off, so that every call reaches the provider; the cache's database is never opened.
      env.put("GRADUS_CACHE_ENABLED", "false");
      env.putAll(workerEnv);
      Process worker = WorkerJvm.start(repo, server.target(), log, env);
      Thread killWorker = new Thread(worker::destroyForcibly);
      Runtime.getRuntime().addShutdownHook(killWorker);
      WorkflowServiceStubs stubs =
          WorkflowServiceStubs.newConnectedServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build(),
              Duration.ofSeconds(10));
      try {
        ProviderRuns work = ProviderRuns.start(WorkflowClient.newInstance(stubs), slots, runs);
        awaitFirstCompletion(fake, worker, log);
        // Startup has its own harmless warnings; what matters is what the worker says under load.
        long startupLines = lines(log);
        Thread.sleep(warmup.toMillis());
        CpuUse cpuBefore = CpuUse.now(worker);
        int servedBefore = fake.completionsServed();
        long start = System.nanoTime();
        int served;
        long wall;
        CpuUse cpuAfter;
        double meanInFlight;
        int peakInFlight;
        try (InFlightSampler inFlight = new InFlightSampler(fake::inFlight, 10)) {
          Thread.sleep(window.toMillis());
          served = fake.completionsServed();
          wall = System.nanoTime() - start;
          cpuAfter = CpuUse.now(worker);
          meanInFlight = inFlight.mean();
          peakInFlight = inFlight.peak();
        }
        int open = work.stillOpen();
        stopWorker(worker);
        return new ThroughputResult(
            slots,
            runs,
            served - servedBefore,
            wall,
            latency.toMillis(),
            meanInFlight,
            peakInFlight,
            errorAnswers(fake),
            warnings(log, startupLines),
            open,
            cpuAfter.workerCores(cpuBefore, wall),
            cpuAfter.benchCores(cpuBefore, wall),
            cpuAfter.machineBusy(cpuBefore));
      } finally {
        stubs.shutdownNow();
        stopWorker(worker);
        Runtime.getRuntime().removeShutdownHook(killWorker);
      }
    }
  }

  /** Waits, unmeasured, for the worker to start and its first call to be answered. */
  private static void awaitFirstCompletion(FakeOpenAiServer fake, Process worker, Path log)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (fake.completionsServed() == 0) {
      if (!worker.isAlive()) {
        throw new IllegalStateException(
            "the worker exited with " + worker.exitValue() + " before its first call; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the worker made no provider call within 2 minutes; see " + log);
      }
      Thread.sleep(50);
    }
  }

  private static void stopWorker(Process worker) throws InterruptedException {
    worker.destroyForcibly();
    worker.waitFor(15, TimeUnit.SECONDS);
  }

  /** Requests answered with an error status, once those in flight have been answered. */
  private long errorAnswers(FakeOpenAiServer fake) throws InterruptedException {
    long deadline = System.nanoTime() + latency.multipliedBy(10).plusSeconds(2).toNanos();
    while (fake.inFlight() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return fake.requestsReceived() - fake.completionsServed() - fake.inFlight();
  }

  private static long lines(Path log) throws IOException {
    try (var lines = Files.lines(log)) {
      return lines.count();
    }
  }

  private static long warnings(Path log, long skipped) throws IOException {
    try (var lines = Files.lines(log)) {
      return lines.skip(skipped).filter(line -> WARNING.matcher(line).matches()).count();
    }
  }
}
