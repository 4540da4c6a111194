package dev.gradus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecReader;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ProTeGi inside the workflow: its train trials go through the budget and the pause gate. */
class ProtegiWorkflowTest {

  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private final FakeTask fake = new FakeTask();

  @BeforeEach
  void setUp() {
    env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(PromptOptimizationWorkflowImpl.class);
    worker.registerActivitiesImplementations(fake);
    env.start();
    client = env.getWorkflowClient();
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private PromptOptimizationWorkflow stub(String id) {
    return client.newWorkflowStub(
        PromptOptimizationWorkflow.class,
        WorkflowOptions.newBuilder()
            .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
            .setWorkflowId(id)
            .build());
  }

  private static RunSpec protegi(int generations, String extraBudget) {
    return SpecReader.parse(
        """
        name: toy
        task:
          dataset: { simulated: toy }
          template: "{{instruction}} {{input}}"
        seedPrompt: "Solve it."
        models:
          target: { provider: sim }
          optimizer: { provider: sim, temperature: 1.0 }
        strategy: { type: protegi, beam: 2, minibatch: 8, gradients: 2, paraphrases: 1,
                    expansion: 3, rounds: 3, armsPerRound: 3, samples: 4 }
        budget: { generations: %d %s }
        seed: 7
        """
            .formatted(generations, extraBudget));
  }

  @Test
  void protegiClimbsAndCountsEveryTrainTrialInTheUsage() {
    RunReport report = stub("protegi").run(protegi(3, ""), null);

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.best().validationScore()).isGreaterThan(report.seed().validationScore());
    assertThat(report.usage().calls()).isEqualTo(fake.providerCalls.get());
    assertThat(report.lineage()).anySatisfy(c -> assertThat(c.operation()).isEqualTo("protegi"));
    // Train trials cost far more than the few proposals scored on validation.
    long validationCalls = 10L * (1 + report.lineage().size());
    assertThat(report.usage().calls()).isGreaterThan(validationCalls);
  }

  @Test
  void trainTrialsNeverExceedTheCallBudget() {
    RunReport report = stub("protegi-budget").run(protegi(50, ", maxCalls: 150"), null);

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.stopReason()).isEqualTo("maxCalls");
    assertThat(fake.providerCalls.get()).isLessThanOrEqualTo(150);
    assertThat(report.usage().calls()).isEqualTo(fake.providerCalls.get());
  }

  @Test
  void aPauseDuringTrainTrialsHoldsCallsAndTheRestIsAskedForOnceResumed() throws Exception {
    fake.exampleDelayMillis = 5;
    PromptOptimizationWorkflow run = stub("protegi-pause");
    WorkflowClient.start(run::run, protegi(2, ""), null);
    // Past the seed's 10 validation calls, into the first minibatch trials.
    while (fake.providerCalls.get() < 13) {
      Thread.sleep(2);
    }
    fake.holding = true;
    run.pause();
    Thread.sleep(300);
    long settled = fake.providerCalls.get();
    env.sleep(Duration.ofDays(1));
    assertThat(fake.providerCalls.get()).as("no calls while paused").isEqualTo(settled);

    fake.holding = false;
    run.resume();
    RunReport done = WorkflowStub.fromTyped(run).getResult(RunReport.class);
    assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(done.generations()).hasSize(2);
    assertThat(done.usage().calls()).isEqualTo(fake.providerCalls.get());
  }
}
