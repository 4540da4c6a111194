package dev.gradus.cli.bench;

import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.ChatResponder;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.client.RunLookup;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The parallel work of one measurement: several OPRO runs on the simulated sentiment task, started
 * at once, whose target and optimizer are on the {@code openai} provider. Each generation scores 8
 * proposals on 192 validation examples, 4 evaluation activities each (50, 50, 50 and 42 calls in
 * sequence), so every run keeps up to 32 activities waiting for the worker's slots. The runs are
 * given far more generations than a measurement lasts, and end when the measurement closes the
 * Temporal server.
 */
final class ProviderRuns {

  private final WorkflowClient client;
  private final List<String> ids;

  private ProviderRuns(WorkflowClient client, List<String> ids) {
    this.client = client;
    this.ids = ids;
  }

  /** Starts {@code count} runs, each with its own seed, named after {@code slots}. */
  static ProviderRuns start(WorkflowClient client, int slots, int count) {
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String id = "gradus-bench-throughput-" + slots + "-" + k;
      PromptOptimizationWorkflow run =
          client.newWorkflowStub(
              PromptOptimizationWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                  .setWorkflowId(id)
                  .build());
      WorkflowClient.start(run::run, SpecReader.parse(spec(k + 1)), null);
      ids.add(id);
    }
    return new ProviderRuns(client, ids);
  }

  /** How many of the runs are still open: a run that ended early would have starved the slots. */
  int stillOpen() {
    RunLookup lookup = new RunLookup(client);
    return (int) ids.stream().map(lookup::describe).filter(BusyRun::isOpen).count();
  }

  /**
   * Answers as the simulated LLM would, by model name, as the worker's e2e tests do. The server
   * does not see which sample of a conversation it is asked for, so each optimizer request counts
   * as a new sample: the 8 samples of a step then give up to 8 distinct proposals, as they do with
   * the {@code sim} provider, instead of one proposal that OPRO would score once.
   */
  static ChatResponder responder() {
    return new SimulatedResponder();
  }

  private static String spec(int seed) {
    return """
        name: bench-throughput
        task:
          dataset: { simulated: sentiment }
          split: { train: 0.1, validation: 0.8, test: 0.1, seed: 1 }
          template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
        seedPrompt: "Classify the sentiment of the sentence."
        models:
          target: { provider: openai, model: sim-target, temperature: 0 }
          optimizer: { provider: openai, model: sim-optimizer, temperature: 1.0 }
        strategy: { type: opro, proposals: 8 }
        evaluation: { selection: full }
        budget: { generations: 10000 }
        seed: %d
        """
        .formatted(seed);
  }
}
