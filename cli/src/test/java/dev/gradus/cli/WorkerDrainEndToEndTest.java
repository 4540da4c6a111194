package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.client.RunStarter;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker stopped politely (SIGTERM, as Kubernetes stops a pod in a rolling update) finishes the
 * activities it has in flight before it exits, heartbeating all along, so that no call it paid for
 * is paid again by the worker that takes over: with the response cache off, every call the provider
 * served is one the run's report counts.
 */
class WorkerDrainEndToEndTest {

  @TempDir Path dir;

  @Test
  void aStoppingWorkerFinishesItsCallsAndNoneIsPaidTwice() throws Exception {
    SimulatedResponder sim = new SimulatedResponder();
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
        FakeOpenAiServer llm = FakeOpenAiServer.start(sim::reply)) {
      llm.latency(Duration.ofMillis(400));
      Map<String, String> env =
          Map.of(
              "OPENAI_BASE_URL",
              llm.baseUrl(),
              "GRADUS_CACHE_ENABLED",
              "false",
              "GRADUS_CACHE_DIR",
              dir.toString(),
              "GRADUS_MAX_CONCURRENT_ACTIVITIES",
              "4");
      WorkflowServiceStubs service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build());
      Process first = WorkerProcess.start(server.target(), "drain-worker-a", env);
      Process second = null;
      try {
        WorkflowClient client = WorkflowClient.newInstance(service);
        new RunStarter(client, PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
            .start(
                SpecReader.parse(
                    """
                name: drained
                task:
                  dataset: { simulated: sentiment }
                  split: { train: 0.9, validation: 0.05, test: 0.05, seed: 2 }
                seedPrompt: "Say the sentiment."
                models:
                  target: { provider: openai, model: sim-target, temperature: 0 }
                  optimizer: { provider: openai, model: sim-optimizer, temperature: 1.0 }
                strategy: { type: opro, proposals: 2 }
                budget: { generations: 2 }
                cache: false
                """),
                "drained");

        // Stop the worker in the middle of its evaluations: after the seed's, with calls out.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (llm.completionsServed() < 15 || llm.inFlight() == 0) {
          assertThat(System.nanoTime()).as("the run got going").isLessThan(deadline);
          Thread.sleep(20);
        }
        int servedAtStop = llm.completionsServed();
        first.destroy(); // SIGTERM
        assertThat(first.waitFor(80, TimeUnit.SECONDS)).as("the worker exited").isTrue();
        int servedByTheFirst = llm.completionsServed() - servedAtStop;
        String log = Files.readString(WorkerProcess.REPO.resolve("cli/target/drain-worker-a.log"));

        second = WorkerProcess.start(server.target(), "drain-worker-b", env);
        RunReport report =
            client
                .newUntypedWorkflowStub("drained")
                .getResult(3, TimeUnit.MINUTES, RunReport.class);

        System.out.printf(
            "drain: served %d before SIGTERM, %d more while draining; run's calls %d, served %d%n",
            servedAtStop, servedByTheFirst, report.usage().calls(), llm.completionsServed());
        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(servedByTheFirst).as("the calls in flight were finished").isPositive();
        assertThat(log).doesNotContain("ActivityWorkerShutdownException");
        assertThat(llm.completionsServed())
            .as("no call was paid twice")
            .isEqualTo((int) report.usage().calls());
      } finally {
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        if (second != null) {
          second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        service.shutdownNow();
      }
    }
  }
}
