package dev.gradus.worker.e2e;

import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;

/** Starts runs on the test server the way the CLI does, and waits for their reports. */
final class Runs {

  private Runs() {}

  static WorkflowClient client() {
    return WorkflowClient.newInstance(
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(TemporalServerResource.address)
                .build()));
  }

  static RunReport run(String id, RunSpec spec) {
    PromptOptimizationWorkflow run =
        client()
            .newWorkflowStub(
                PromptOptimizationWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                    .setWorkflowId(id)
                    .build());
    return run.run(spec, null);
  }
}
