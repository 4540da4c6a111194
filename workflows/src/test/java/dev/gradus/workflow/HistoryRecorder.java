package dev.gradus.workflow;

import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records the history of a small run for the replay tests. Run it when a workflow change is
 * released (see README), and keep the old files: each proves that runs started by that release
 * still replay. Usage: {@code java -cp <test classpath> dev.gradus.workflow.HistoryRecorder
 * OUT.json}
 */
public final class HistoryRecorder {

  private HistoryRecorder() {}

  public static void main(String[] args) throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(PromptOptimizationWorkflowImpl.class);
      worker.registerActivitiesImplementations(new FakeTask());
      env.start();
      PromptOptimizationWorkflow run =
          env.getWorkflowClient()
              .newWorkflowStub(
                  PromptOptimizationWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                      .setWorkflowId("replay")
                      .build());
      run.run(Specs.opro(3, "", ""), null);
      String json = env.getWorkflowClient().fetchHistory("replay").toJson(true);
      Files.writeString(Path.of(args[0]), json);
    }
  }
}
