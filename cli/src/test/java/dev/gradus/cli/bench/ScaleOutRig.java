package dev.gradus.cli.bench;

import dev.gradus.activities.sim.SimulatedLlm;
import dev.gradus.cli.EmbeddedTemporalServer;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.ChatResponder;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.client.RunStarter;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Several workers on one task queue, as a deployment scales out: the embedded Temporal server in
 * this JVM, and packaged worker JVMs that share one response cache and one set of rate limits
 * through the H2 file in {@code cacheDir}. The provider is a fake OpenAI-compatible server per
 * worker (its own port, so that each worker's calls are counted apart) with one simulated LLM
 * behind them all that takes {@code latency} per completion; the limits name the provider ({@code
 * openai}), not its URL, so they cover the servers together. The provider side measures what
 * reaches it: completions served, per worker and in all, and the most requests at once. Which
 * worker completed which activity comes from the runs' histories: a completed activity carries the
 * identity ({@code pid@host}) of its worker.
 */
public final class ScaleOutRig implements AutoCloseable {

  /** Models named so are the optimizer (each run names its own); any other is the target. */
  static final String OPTIMIZER = "sim-optimizer";

  /** The log line a worker writes once it polls the task queue. */
  private static final String POLLING = "worker polling task queue";

  /** A worker JVM of this rig, and the fake server only it calls. */
  public record Worker(String name, Process process, FakeOpenAiServer llm) {}

  /** One activity completed by a worker, at the server's time. */
  public record ActivityDone(String worker, Instant at, int attempt) {}

  /** What the runs' histories tell. */
  public record Histories(List<ActivityDone> activities, Instant firstStarted, Instant lastClosed) {

    /** Activities completed per worker name, in the order the workers were started. */
    public Map<String, Long> perWorker(List<Worker> workers) {
      Map<String, Long> counts = new LinkedHashMap<>();
      workers.forEach(w -> counts.put(w.name(), 0L));
      activities.forEach(a -> counts.merge(a.worker(), 1L, Long::sum));
      return counts;
    }

    public Duration makespan() {
      return Duration.between(firstStarted, lastClosed);
    }
  }

  private final Path repo;
  private final Path cacheDir;
  private final Duration latency;
  private final EmbeddedTemporalServer server;
  private final ChatResponder responder;
  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;
  private final List<Worker> workers = new ArrayList<>();
  private final AtomicInteger busy = new AtomicInteger();
  private final AtomicInteger mostBusy = new AtomicInteger();
  private final List<Long> answeredNanos = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicInteger> targetAsks = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> optimizerAsks = new ConcurrentHashMap<>();

  private ScaleOutRig(Path repo, Path cacheDir, Duration latency) throws IOException {
    this.repo = repo;
    this.cacheDir = cacheDir;
    this.latency = latency;
    Files.createDirectories(cacheDir);
    SimulatedLlm sim = new SimulatedLlm();
    server = EmbeddedTemporalServer.start(0);
    // The latency is spent inside the responder, so that the busy count covers it: the requests
    // the provider is working on at once, which a concurrency limit bounds.
    responder =
        (model, messages) -> {
          mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
          try {
            String prompt =
                messages.stream().map(ChatMessage::content).collect(Collectors.joining("\n\n"));
            String key = model + "\n" + prompt;
            String reply;
            if (model.startsWith(OPTIMIZER)) {
              // The n-th ask of a meta-prompt gets the n-th sample: the same proposals whichever
              // worker asks and whenever, so the same runs make the same calls on 1 or 3 workers.
              int sample =
                  optimizerAsks.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
              reply = sim.propose(prompt, 1.0, sample);
            } else {
              targetAsks.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
              reply = sim.answer(prompt, 0.0, 0);
            }
            Thread.sleep(this.latency.toMillis());
            answeredNanos.add(System.nanoTime());
            return reply;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the fake server is closing", e);
          } finally {
            busy.decrementAndGet();
          }
        };
    stubs =
        WorkflowServiceStubs.newConnectedServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build(),
            Duration.ofSeconds(10));
    client = WorkflowClient.newInstance(stubs);
  }

  /**
   * Starts the servers; workers come with {@link #startWorkers}.
   *
   * @param cacheDir the workers' shared response cache and rate limits; must be new or empty, or
   *     the same runs would be answered from an earlier cache
   */
  public static ScaleOutRig start(Path repo, Path cacheDir, Duration latency) throws IOException {
    return new ScaleOutRig(repo, cacheDir, latency);
  }

  /**
   * Starts {@code count} packaged workers with {@code slots} activity slots each and waits until
   * every one polls the task queue, so that runs started next can go to any of them.
   *
   * @param rateLimits GRADUS_RATE_LIMITS for every worker, or empty for none
   * @param extraEnv more environment for every worker, set last
   * @return the new workers, named {@code prefix-a}, {@code prefix-b}, ... in the order of all the
   *     rig's workers; logs in cli/target
   */
  public List<Worker> startWorkers(
      String prefix, int count, int slots, String rateLimits, Map<String, String> extraEnv)
      throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    env.put("GRADUS_MAX_CONCURRENT_ACTIVITIES", Integer.toString(slots));
    env.put("GRADUS_CACHE_DIR", cacheDir.toString());
    env.put("GRADUS_RATE_LIMITS", rateLimits);
    env.putAll(extraEnv);
    List<Worker> started = new ArrayList<>();
    int first = workers.size();
    for (int k = 0; k < count; k++) {
      String name = prefix + "-" + (char) ('a' + first + k);
      FakeOpenAiServer llm = FakeOpenAiServer.start(responder);
      env.put("OPENAI_BASE_URL", llm.baseUrl());
      started.add(new Worker(name, WorkerJvm.start(repo, server.target(), log(name), env), llm));
    }
    workers.addAll(started);
    for (Worker w : started) {
      awaitPolling(w);
    }
    return started;
  }

  /** The worker's log file. */
  public Path log(String workerName) {
    return repo.resolve("cli/target/" + workerName + ".log");
  }

  private void awaitPolling(Worker w) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    Path log = log(w.name());
    while (!Files.readString(log).contains(POLLING)) {
      if (!w.process().isAlive()) {
        throw new IllegalStateException(
            w.name() + " exited with " + w.process().exitValue() + " at startup; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(w.name() + " did not poll within 3 minutes; see " + log);
      }
      Thread.sleep(100);
    }
  }

  /**
   * Starts {@code count} OPRO runs on the simulated sentiment task. Each run names its own models
   * ({@code sim-target-K}, {@code sim-optimizer-K}; the simulated LLM behind the servers answers by
   * the name's prefix), so no two runs send the same request: every cache hit is a run reading back
   * an answer it already paid for, and the server's count of calls is the runs' calls.
   *
   * @return the run ids, {@code prefix-0}, {@code prefix-1}, ...
   */
  public List<String> startRuns(String prefix, int count, int generations) {
    RunStarter starter = new RunStarter(client, PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE);
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String id = prefix + "-" + k;
      starter.start(SpecReader.parse(spec(k, generations)), id);
      ids.add(id);
    }
    return ids;
  }

  /**
   * 24 validation and 24 test examples: a generation scores 4 proposals, one evaluation activity of
   * 24 target calls each, after one optimizer activity of 4 calls. No continue-as-new, so each
   * run's history is one execution.
   */
  static String spec(int k, int generations) {
    return """
        name: scale-out
        task:
          dataset: { simulated: sentiment }
          split: { train: 0.8, validation: 0.1, test: 0.1, seed: 1 }
          template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
        seedPrompt: "Classify the sentiment of the sentence."
        models:
          target: { provider: openai, model: sim-target-%d, temperature: 0 }
          optimizer: { provider: openai, model: sim-optimizer-%d, temperature: 1.0 }
        strategy: { type: opro, proposals: 4 }
        evaluation: { selection: full }
        budget: { generations: %d }
        continueAsNewEvery: %d
        seed: %d
        """
        .formatted(k, k, generations, generations + 1, k + 1);
  }

  /** Waits for each run's end and returns its report, in the order of {@code ids}. */
  public List<RunReport> awaitReports(List<String> ids, Duration timeout) throws TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<RunReport> reports = new ArrayList<>();
    for (String id : ids) {
      long left = Math.max(1, deadline - System.nanoTime());
      reports.add(
          client.newUntypedWorkflowStub(id).getResult(left, TimeUnit.NANOSECONDS, RunReport.class));
    }
    return reports;
  }

  /** The runs' ends, and the activities each worker completed, from the runs' histories. */
  public Histories histories(List<String> ids) {
    Map<String, String> byPid = new HashMap<>();
    workers.forEach(w -> byPid.put(Long.toString(w.process().pid()), w.name()));
    List<ActivityDone> done = new ArrayList<>();
    Instant first = Instant.MAX;
    Instant last = Instant.MIN;
    for (String id : ids) {
      Map<Long, Integer> attempts = new HashMap<>();
      for (HistoryEvent e : client.fetchHistory(id).getHistory().getEventsList()) {
        Instant at =
            Instant.ofEpochSecond(e.getEventTime().getSeconds(), e.getEventTime().getNanos());
        EventType type = e.getEventType();
        if (type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED && at.isBefore(first)) {
          first = at;
        } else if (type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED) {
          attempts.put(e.getEventId(), e.getActivityTaskStartedEventAttributes().getAttempt());
        } else if (type == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
          var completed = e.getActivityTaskCompletedEventAttributes();
          String identity = completed.getIdentity();
          String pid = identity.contains("@") ? identity.substring(0, identity.indexOf('@')) : "";
          done.add(
              new ActivityDone(
                  byPid.getOrDefault(pid, identity),
                  at,
                  attempts.getOrDefault(completed.getStartedEventId(), 1)));
        } else if (type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED && at.isAfter(last)) {
          last = at;
        }
      }
    }
    return new Histories(done, first, last);
  }

  /** SIGKILL: no shutdown hook runs, calls in flight are left unanswered. */
  public static void kill(Worker w) throws InterruptedException {
    w.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  public WorkflowClient client() {
    return client;
  }

  /** Completions the provider served, to all workers: the calls a vendor would bill. */
  public int served() {
    return workers.stream().mapToInt(w -> w.llm().completionsServed()).sum();
  }

  /** Requests sent and not answered yet, by all workers. */
  public int inFlight() {
    return workers.stream().mapToInt(w -> w.llm().inFlight()).sum();
  }

  /** Requests answered with an error, once those in flight are answered. */
  public int errors() {
    return workers.stream()
        .mapToInt(
            w -> w.llm().requestsReceived() - w.llm().completionsServed() - w.llm().inFlight())
        .sum();
  }

  /**
   * Target requests the provider was asked again (same model and conversation), from any worker: at
   * temperature 0 the answer is the same, so each is a call paid twice.
   */
  public int targetAskedAgain() {
    return targetAsks.values().stream().mapToInt(n -> n.get() - 1).sum();
  }

  /** The most requests the fake server was working on at once. */
  public int mostBusy() {
    return mostBusy.get();
  }

  /** When each completion was ready ({@link System#nanoTime}), in order. */
  public List<Long> answeredNanos() {
    synchronized (answeredNanos) {
      return answeredNanos.stream().sorted().toList();
    }
  }

  public List<Worker> workers() {
    return List.copyOf(workers);
  }

  /** Stops the workers (SIGKILL: they hold nothing worth a graceful end), then the servers. */
  @Override
  public void close() throws InterruptedException {
    for (Worker w : workers) {
      kill(w);
    }
    stubs.shutdownNow();
    workers.forEach(w -> w.llm().close());
    server.close();
  }
}
