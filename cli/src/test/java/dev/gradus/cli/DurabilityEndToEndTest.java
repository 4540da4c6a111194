package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.client.ProgressQuery;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promises with real processes and real calls: two packaged workers share one run on
 * the embedded Temporal server, calling a local OpenAI-compatible server (whose models are the
 * simulated LLM) that counts every completion it serves. One worker is killed with SIGKILL; then
 * the run is paused (no calls) and resumed; then the last worker is killed and a new one started.
 * The run completes, and the only target calls the server served twice are calls that were in
 * flight at a kill: completed calls are answered from the shared response cache on retry (one H2
 * file shared by the workers, whichever of them owns its server).
 */
class DurabilityEndToEndTest {

  /** Activity slots per worker: at most this many calls are in flight on one worker. */
  private static final int SLOTS = 6;

  @TempDir Path dir;

  @Test
  void killedWorkersCostOnlyTheirCallsInFlight() throws Exception {
    SimulatedResponder sim = new SimulatedResponder();
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
        FakeOpenAiServer llm =
            FakeOpenAiServer.start(
                (model, messages) -> {
                  sleep(10); // a provider takes time, so calls are in flight when a worker dies
                  return sim.reply(model, messages);
                })) {
      Map<String, String> workerEnv =
          Map.of(
              "OPENAI_BASE_URL", llm.baseUrl(),
              "OPENAI_API_KEY", "sk-test-durability",
              "GRADUS_MAX_CONCURRENT_ACTIVITIES", String.valueOf(SLOTS),
              "GRADUS_CACHE_DIR", dir.resolve("cache").toString());
      WorkflowServiceStubs service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build());
      WorkflowClient client = WorkflowClient.newInstance(service);
      ProgressQuery progress = new ProgressQuery(client);
      PromptOptimizationWorkflow run =
          client.newWorkflowStub(
              PromptOptimizationWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                  .setWorkflowId("durable")
                  .build());
      Process a = WorkerProcess.start(server.target(), "durability-worker-a", workerEnv);
      Process b = WorkerProcess.start(server.target(), "durability-worker-b", workerEnv);
      Process c = null;
      try {
        WorkflowClient.start(run::run, SpecReader.parse(SPEC), null);

        await(progress, r -> r.generation() >= 2, "generation 2");
        int inFlightAtFirstKill = awaitCallsInFlight(llm);
        kill(a);
        int servedAtFirstKill = llm.completionsServed();
        await(progress, r -> r.generation() >= 5, "generation 5 on the surviving worker");
        assertThat(llm.completionsServed()).isGreaterThan(servedAtFirstKill);

        run.pause();
        await(progress, r -> r.status() == RunStatus.PAUSED, "PAUSED");
        // Activities ask the run between calls, reusing a "go on" answer for at most a second.
        Thread.sleep(1500);
        awaitNoCallsInFlight(llm);
        int servedWhenPaused = llm.completionsServed();
        Thread.sleep(3000);
        assertThat(llm.completionsServed())
            .as("no provider call starts while the run is paused")
            .isEqualTo(servedWhenPaused);
        run.resume();

        await(progress, r -> r.generation() >= 7, "generation 7");
        int inFlightAtSecondKill = awaitCallsInFlight(llm);
        kill(b);
        int servedAtSecondKill = llm.completionsServed();
        long newWorkerStart = System.nanoTime();
        c = WorkerProcess.start(server.target(), "durability-worker-c", workerEnv);
        while (llm.completionsServed() <= servedAtSecondKill) {
          assertThat(System.nanoTime() - newWorkerStart)
              .as("the new worker makes a call")
              .isLessThan(Duration.ofMinutes(3).toNanos());
          Thread.sleep(20);
        }
        long toNextCallMillis = (System.nanoTime() - newWorkerStart) / 1_000_000;

        RunReport report =
            WorkflowStub.fromTyped(run).getResult(5, TimeUnit.MINUTES, RunReport.class);
        int repaid = llm.servedAgain("sim-target");
        System.out.printf(
            "durability: in flight at kills %d and %d (at the server), target calls served"
                + " twice %d, new worker's first served call after %d ms, served %d,"
                + " usage.calls %d, cacheHits %d%n",
            inFlightAtFirstKill,
            inFlightAtSecondKill,
            repaid,
            toNextCallMillis,
            llm.completionsServed(),
            report.usage().calls(),
            report.usage().cacheHits());

        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(report.generations())
            .extracting(GenerationSummary::generation)
            .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(report.best().validationScore()).isGreaterThan(report.seed().validationScore());
        assertThat(repaid)
            .as("only calls in flight at the two kills are paid twice")
            .isLessThanOrEqualTo(2 * SLOTS);
        assertThat(report.usage().calls())
            .as("every call the run counts was served")
            .isLessThanOrEqualTo(llm.completionsServed());

        // The cache the three workers wrote is one cache: the same spec again costs no call.
        int servedBefore = llm.completionsServed();
        PromptOptimizationWorkflow again =
            client.newWorkflowStub(
                PromptOptimizationWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                    .setWorkflowId("durable-again")
                    .build());
        RunReport repeat = again.run(SpecReader.parse(SPEC), null);
        System.out.printf(
            "durability: the same spec again: served %d, usage.calls %d, cacheHits %d%n",
            llm.completionsServed() - servedBefore,
            repeat.usage().calls(),
            repeat.usage().cacheHits());
        assertThat(llm.completionsServed()).isEqualTo(servedBefore);
        assertThat(repeat.usage().cacheHits()).isPositive();
        assertThat(repeat.best().instruction()).isEqualTo(report.best().instruction());
      } finally {
        kill(a);
        kill(b);
        if (c != null) {
          c.destroy();
          c.waitFor(15, TimeUnit.SECONDS);
        }
        service.shutdownNow();
      }
    }
  }

  private static final String SPEC =
      """
      name: durable
      task:
        dataset: { simulated: arithmetic }
        split: { train: 0.4, validation: 0.3, test: 0.3, seed: 3 }
      seedPrompt: "Solve the problem."
      models:
        target: { provider: openai, model: sim-target, temperature: 0 }
        optimizer: { provider: openai, model: sim-optimizer, temperature: 1.0 }
      strategy: { type: opro, proposals: 4 }
      budget: { generations: 10 }
      continueAsNewEvery: 4
      seed: 5
      """;

  private static void kill(Process p) throws InterruptedException {
    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks run
  }

  /** Waits until calls are in flight, so that a kill lands in the middle of batches. */
  private static int awaitCallsInFlight(FakeOpenAiServer llm) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (llm.inFlight() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    return llm.inFlight();
  }

  private static void awaitNoCallsInFlight(FakeOpenAiServer llm) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (llm.inFlight() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(llm.inFlight()).as("calls in flight at the pause finish").isZero();
  }

  private static void await(ProgressQuery progress, Predicate<RunReport> until, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<RunReport> r = progress.fetch("durable", Duration.ofSeconds(2));
      if (r.isPresent() && until.test(r.get())) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the run never reached " + what);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
