package dev.gradus.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.spec.BudgetSpec;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** People steer a running run through updates: inject candidates, change the budget. */
class SteeringTest {

  private TestWorkflowEnvironment env;
  private final FakeTask fake = new FakeTask();
  private PromptOptimizationWorkflow run;

  @BeforeEach
  void setUp() {
    env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(PromptOptimizationWorkflowImpl.class);
    worker.registerActivitiesImplementations(fake);
    env.start();
    run =
        env.getWorkflowClient()
            .newWorkflowStub(
                PromptOptimizationWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                    .setWorkflowId("steer")
                    .build());
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private void startPaused(int generations, String extraTop) {
    WorkflowClient.start(run::run, Specs.opro(generations, "", extraTop), null);
    run.pause();
  }

  @Test
  void injectedCandidateIsScoredNextGenerationAndRecordedAsAHumanEdit() {
    startPaused(3, "");
    String id = run.injectCandidate("  Solve it at level 10.  ");
    run.resume();
    RunReport report = WorkflowStub.fromTyped(run).getResult(RunReport.class);

    assertThat(id).isEqualTo("h1");
    assertThat(report.best().id()).isEqualTo("h1");
    assertThat(report.best().instruction()).isEqualTo("Solve it at level 10.");
    assertThat(report.best().validationScore()).isEqualTo(1.0);
    assertThat(report.lineage())
        .last()
        .satisfies(c -> assertThat(c.operation()).isEqualTo("human"));
  }

  @Test
  void injectionsAreValidatedBeforeTheyEnterHistory() {
    startPaused(3, "");
    assertThatThrownBy(() -> run.injectCandidate("   "))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("instruction: must not be empty");
    assertThatThrownBy(() -> run.injectCandidate("Solve it."))
        .rootCause()
        .hasMessageContaining("already scored");
    run.injectCandidate("Solve it at level 4.");
    assertThatThrownBy(() -> run.injectCandidate("solve it at level 4"))
        .rootCause()
        .hasMessageContaining("already scored or queued");
    run.resume();
  }

  @Test
  void injectionSurvivesContinueAsNew() {
    fake.evaluationDelayMillis = 300;
    // The pause lands in generation 2, the injection waits in it, and the run continues as new
    // after it: the injected candidate is scored in generation 3, by the next execution.
    WorkflowClient.start(run::run, Specs.opro(4, "", "continueAsNewEvery: 2"), null);
    // A stub by workflow id alone follows the run across continue-as-new.
    run = env.getWorkflowClient().newWorkflowStub(PromptOptimizationWorkflow.class, "steer");
    while (run.progress().generation() < 1) {
      env.sleep(Duration.ofMillis(20));
    }
    run.pause();
    String id = run.injectCandidate("Solve it at level 9.");
    env.sleep(Duration.ofMinutes(5));
    run.resume();
    RunReport report = WorkflowStub.fromTyped(run).getResult(RunReport.class);

    assertThat(report.lineage()).extracting(c -> c.id()).contains(id);
    assertThat(report.best().validationScore()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void budgetChangeExtendsTheRunAndIsValidated() {
    fake.evaluationDelayMillis = 300;
    WorkflowClient.start(run::run, Specs.opro(2, "", ""), null);
    while (run.progress().generation() < 1) {
      env.sleep(Duration.ofMillis(20));
    }
    run.pause();
    assertThatThrownBy(() -> run.changeBudget(new BudgetSpec(0, null, null, null, null)))
        .isInstanceOf(WorkflowUpdateException.class)
        .rootCause()
        .hasMessageContaining("budget.generations: must be >= 1");
    assertThatThrownBy(() -> run.changeBudget(new BudgetSpec(null, 3L, null, null, null)))
        .rootCause()
        .hasMessageContaining("budget.maxCalls: must be >=");

    BudgetSpec now = run.changeBudget(new BudgetSpec(5, null, null, null, "1h"));
    run.resume();
    RunReport report = WorkflowStub.fromTyped(run).getResult(RunReport.class);

    assertThat(now.generations()).isEqualTo(5);
    assertThat(now.maxWallTime()).isEqualTo("1h");
    assertThat(report.maxGenerations()).isEqualTo(5);
    assertThat(report.generations()).hasSize(5);
  }
}
