package dev.gradus.workflow;

import dev.gradus.schedule.RecurringOptimizationWorkflow;
import dev.gradus.schedule.RecurringOptimizationWorkflowImpl;
import dev.gradus.schedule.ScheduleSpec;
import dev.gradus.spec.BudgetSpec;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Records the histories of the workflows' shapes for the replay tests: a plain run, a run steered
 * by every signal and update (paused, resumed, a candidate injected, the budget changed, successive
 * halving, continue-as-new), and a schedule's first execution (a child run, the held-out
 * comparison, continue-as-new). Run it when a workflow change is released (see README), with a new
 * prefix, and keep the old files: each proves that workflows started by that release still replay.
 * Usage: {@code java -cp <test classpath> dev.gradus.workflow.HistoryRecorder DIR PREFIX}
 */
public final class HistoryRecorder {

  private HistoryRecorder() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String prefix = args[1];
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(
          PromptOptimizationWorkflowImpl.class, RecurringOptimizationWorkflowImpl.class);
      FakeTask fake = new FakeTask();
      worker.registerActivitiesImplementations(fake);
      env.start();
      WorkflowClient client = env.getWorkflowClient();

      run(client, "replay").run(Specs.opro(3, "", ""), null);
      write(client, "replay", null, dir.resolve(prefix + "-opro-3-generations.json"));

      fake.evaluationDelayMillis = 50;
      PromptOptimizationWorkflow steered = run(client, "steered");
      WorkflowExecution first =
          WorkflowClient.start(
              steered::run,
              Specs.opro(
                  4,
                  "",
                  "evaluation: { minibatch: 4, selection: successive_halving }\n"
                      + "continueAsNewEvery: 2"),
              null);
      PromptOptimizationWorkflow live =
          client.newWorkflowStub(PromptOptimizationWorkflow.class, "steered");
      live.injectCandidate("Solve it at level 4, carefully.");
      live.changeBudget(new BudgetSpec(5, null, null, null, null));
      live.pause();
      env.sleep(Duration.ofHours(1));
      live.resume();
      WorkflowStub.fromTyped(live).getResult(RunReport.class);
      write(client, "steered", first.getRunId(), dir.resolve(prefix + "-steered-run.json"));

      fake.evaluationDelayMillis = 0;
      String scheduleId = ScheduleSpec.workflowId("toy");
      RecurringOptimizationWorkflow schedule =
          client.newWorkflowStub(
              RecurringOptimizationWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                  .setWorkflowId(scheduleId)
                  .build());
      WorkflowExecution created =
          WorkflowClient.start(
              schedule::run, new ScheduleSpec(Specs.opro(2, "", ""), "24h", null, null), null);
      RecurringOptimizationWorkflow view =
          client.newWorkflowStub(RecurringOptimizationWorkflow.class, scheduleId);
      while (view.describe().history().isEmpty()) {
        env.sleep(Duration.ofMinutes(10));
      }
      view.delete();
      WorkflowStub.fromTyped(view).getResult(Object.class);
      write(client, scheduleId, created.getRunId(), dir.resolve(prefix + "-schedule.json"));
    }
  }

  private static PromptOptimizationWorkflow run(WorkflowClient client, String id) {
    return client.newWorkflowStub(
        PromptOptimizationWorkflow.class,
        WorkflowOptions.newBuilder()
            .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
            .setWorkflowId(id)
            .build());
  }

  /** One execution's history; the first of a chain that continued as new when runId is given. */
  private static void write(WorkflowClient client, String id, String runId, Path out)
      throws Exception {
    Files.writeString(out, client.fetchHistory(id, runId).toJson(true));
  }
}
