package dev.gradus.workflow.client;

import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;

/** Starts a fresh run from a validated spec: the one way the CLI and the API start runs. */
public final class RunStarter {

  private final WorkflowClient client;
  private final String taskQueue;

  public RunStarter(WorkflowClient client, String taskQueue) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /**
   * Starts the run and returns once Temporal has recorded it; a worker picks it up from the task
   * queue.
   *
   * @throws RunAlreadyExistsException when a run (open or ended) already has this id
   */
  public void start(RunSpec spec, String runId) {
    WorkflowOptions options =
        WorkflowOptions.newBuilder().setWorkflowId(runId).setTaskQueue(taskQueue).build();
    PromptOptimizationWorkflow workflow =
        client.newWorkflowStub(PromptOptimizationWorkflow.class, options);
    try {
      // A fresh run: no state carried over from a previous execution.
      WorkflowClient.start(workflow::run, spec, null);
    } catch (WorkflowExecutionAlreadyStarted e) {
      throw new RunAlreadyExistsException(runId);
    }
  }
}
