package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.client.ProgressQuery;
import dev.gradus.workflow.client.RunLookup;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A worker killed with SIGKILL in the middle of a run, on the embedded test server: a new worker
 * picks the run up and it completes every generation. Whatever was in flight at the kill is
 * retried: a workflow task at once (the worker runs with no sticky queue on the test server), an
 * activity after its heartbeat timeout, so the test takes 20 s to two minutes depending on where it
 * lands.
 */
class WorkerCrashTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @Test
  void runSurvivesAWorkerKilledMidRun() throws Exception {
    CliEnvironment env = new CliEnvironment(Map.of(), REPO, false);
    assertThat(Files.isRegularFile(env.workerJar())).as("the worker is packaged").isTrue();
    int port = LoopbackPorts.freePort();
    try (TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(port)) {
      WorkflowServiceStubs service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
      WorkflowClient client = WorkflowClient.newInstance(service);
      PromptOptimizationWorkflow run =
          client.newWorkflowStub(
              PromptOptimizationWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                  .setWorkflowId("crash")
                  .build());
      Process first = WorkerProcess.start("127.0.0.1:" + port, "crash-worker-a", Map.of());
      try {
        WorkflowClient.start(run::run, SpecReader.parse(SPEC), null);
        awaitGeneration(client, 2);
      } finally {
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks run
      }
      assertThat(new RunLookup(client).describe("crash").getStatus())
          .as("the run is still open when its worker dies")
          .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
      Process second = WorkerProcess.start("127.0.0.1:" + port, "crash-worker-b", Map.of());
      try {
        RunReport report =
            WorkflowStub.fromTyped(run).getResult(4, TimeUnit.MINUTES, RunReport.class);
        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(report.generations())
            .extracting(GenerationSummary::generation)
            .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        assertThat(report.best().validationScore()).isGreaterThan(report.seed().validationScore());
      } finally {
        second.destroy();
        second.waitFor(15, TimeUnit.SECONDS);
        service.shutdownNow();
      }
    }
  }

  private static final String SPEC =
      """
      name: crash
      task:
        dataset: { simulated: sentiment }
      seedPrompt: "Classify the sentiment of the sentence."
      models:
        target: { provider: sim }
        optimizer: { provider: sim, temperature: 1.0 }
      strategy: { type: opro, proposals: 4 }
      budget: { generations: 12 }
      continueAsNewEvery: 5
      seed: 3
      """;

  private static void awaitGeneration(WorkflowClient client, int generation) throws Exception {
    ProgressQuery progress = new ProgressQuery(client);
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      var report = progress.fetch("crash", Duration.ofSeconds(2));
      if (report.isPresent() && report.get().generation() >= generation) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the run never reached generation " + generation);
  }
}
