package dev.gradus.cli.bench;

import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.client.ProgressQuery;
import dev.gradus.workflow.client.RunLookup;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The run the benchmark asks about: OPRO on the simulated sentiment task, continuing as new every
 * {@value #CONTINUE_AS_NEW_EVERY} generations, so that the measurement spans several executions.
 */
final class BusyRun {

  static final String ID = "gradus-bench-query-latency";
  static final int CONTINUE_AS_NEW_EVERY = 10;

  private final WorkflowClient client;

  private BusyRun(WorkflowClient client) {
    this.client = client;
  }

  static BusyRun start(WorkflowClient client, int generations) {
    PromptOptimizationWorkflow run =
        client.newWorkflowStub(
            PromptOptimizationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                .setWorkflowId(ID)
                .build());
    WorkflowClient.start(run::run, SpecReader.parse(spec(generations)), null);
    return new BusyRun(client);
  }

  /** Waits, unmeasured, until the worker is up and has answered once. */
  void awaitFirstAnswer() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (new ProgressQuery(client).fetch(ID, Duration.ofSeconds(2)).isPresent()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no worker answered within 2 minutes; see the worker log");
  }

  /**
   * The run's latest execution. Asked anew each time rather than by holding one result long poll
   * open from the start: on the embedded test server such a poll can miss the end of a run whose
   * continue-as-new raced a query, and would then wait forever.
   */
  WorkflowExecutionDescription latest() {
    return new RunLookup(client).describe(ID);
  }

  static boolean isOpen(WorkflowExecutionDescription execution) {
    return execution.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
  }

  /** The ended run's report; a failed run's says why. */
  RunReport result() throws Exception {
    try {
      return client.newUntypedWorkflowStub(ID).getResult(1, TimeUnit.MINUTES, RunReport.class);
    } catch (WorkflowFailedException e) {
      return new RunLookup(client).ended(ID, e);
    }
  }

  private static String spec(int generations) {
    return """
        name: bench-query-latency
        task:
          dataset: { simulated: sentiment }
          split: { train: 0.4, validation: 0.3, test: 0.3, seed: 1 }
        seedPrompt: "Classify the sentiment of the sentence."
        models:
          target: { provider: sim, model: sim-target, temperature: 0 }
          optimizer: { provider: sim, model: sim-optimizer, temperature: 1.0 }
        strategy: { type: opro, proposals: 8 }
        evaluation: { selection: full }
        budget: { generations: %d }
        continueAsNewEvery: %d
        seed: 42
        """
        .formatted(generations, CONTINUE_AS_NEW_EVERY);
  }
}
