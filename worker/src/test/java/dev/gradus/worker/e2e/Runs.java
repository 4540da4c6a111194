package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeLlmServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.converter.DataConverter;
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

  /** A client whose payloads go through {@code converter}, as an encrypting worker's do. */
  static WorkflowClient client(DataConverter converter) {
    return WorkflowClient.newInstance(
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(TemporalServerResource.address)
                .build()),
        WorkflowClientOptions.newBuilder().setDataConverter(converter).build());
  }

  static RunReport run(String id, RunSpec spec) {
    return run(client(), id, spec);
  }

  static RunReport run(WorkflowClient client, String id, RunSpec spec) {
    PromptOptimizationWorkflow run =
        client.newWorkflowStub(
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

  /** The default template, and one that shows demonstrations before the input. */
  static final String TEMPLATE = "{{instruction}}\\n\\nInput: {{input}}\\nOutput:";

  static final String TEMPLATE_WITH_DEMOS =
      "{{instruction}}\\n\\n{{demos}}Input: {{input}}\\nOutput:";

  /**
   * A spec for the simulated arithmetic task from the bad seed "Solve the problem.", both models of
   * {@code provider}, as the strategies' end-to-end tests run them.
   *
   * @param template a YAML double-quoted template, {@link #TEMPLATE} or {@link
   *     #TEMPLATE_WITH_DEMOS}
   */
  static RunSpec arithmetic(
      String name, String provider, String strategy, int generations, String template) {
    return SpecReader.parse(
        """
        name: %s
        task:
          dataset: { simulated: arithmetic }
          split: { train: 0.4, validation: 0.3, test: 0.3, seed: 3 }
          template: "%s"
          metric: exact_match
        seedPrompt: "Solve the problem."
        models:
          target: { provider: %s, model: sim-target, temperature: 0 }
          optimizer: { provider: %s, model: sim-optimizer, temperature: 1.0 }
        strategy: %s
        budget: { generations: %d }
        seed: 5
        """
            .formatted(name, template, provider, provider, strategy, generations));
  }

  /**
   * Runs a spec against a fresh fake server playing the simulated LLM, and prints what it achieved.
   */
  static RunReport onFakeServer(FakeLlmServer server, String name, RunSpec spec) {
    server.reset();
    server.responder(new SimulatedResponder());
    RunReport report = run("e2e-" + name, spec);
    describe(name, report, server.completionsServed());
    return report;
  }
}
