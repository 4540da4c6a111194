package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
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

  /** Prints what a run achieved and paid, so that the test's output shows it. */
  static void describe(String name, RunReport report, int served) {
    System.out.printf(
        "%s e2e: seed %.3f/%.3f best %.3f/%.3f calls %d served %d best: %s%n",
        name,
        report.seed().validationScore(),
        report.seed().testScore(),
        report.best().validationScore(),
        report.best().testScore(),
        report.usage().calls(),
        served,
        report.best().instruction());
  }

  /** The run completed and climbed well above a seed that scores near zero, on both splits. */
  static void assertClimbedFromTheBadSeed(RunReport report) {
    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.seed().validationScore()).isLessThan(0.15);
    assertThat(report.best().validationScore())
        .isGreaterThan(report.seed().validationScore() + 0.4);
    assertThat(report.best().testScore()).isGreaterThan(report.seed().testScore() + 0.3);
  }
}
