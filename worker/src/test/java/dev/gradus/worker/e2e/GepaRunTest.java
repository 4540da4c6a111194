package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * GEPA through the real {@code openai} provider, over HTTP, against a local OpenAI-compatible
 * server whose models are the simulated LLM, from a seed that scores near zero: the target's
 * answers on train minibatches and the metric's feedback become reflections, reflections become
 * children, and only children that beat their parent on a minibatch reach validation. The paper's
 * minibatch of 3, with few generations so that the run takes seconds.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class GepaRunTest {

  FakeOpenAiServer server;

  private static final String SPEC =
      """
      name: gepa-openai
      task:
        dataset: { simulated: arithmetic }
        split: { train: 0.4, validation: 0.3, test: 0.3, seed: 3 }
        template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
        metric: exact_match
      seedPrompt: "Solve the problem."
      models:
        target: { provider: openai, model: sim-target, temperature: 0 }
        optimizer: { provider: openai, model: sim-optimizer, temperature: 1.0 }
      strategy: { type: gepa, minibatch: 3, proposals: 4, pareto: 8, pool: 4 }
      budget: { generations: 4 }
      seed: 5
      """;

  @Test
  void reflectiveEvolutionClimbsFromABadSeedAndCountsExactlyTheServedCalls() {
    server.reset();
    server.responder(new SimulatedResponder());
    RunReport report = Runs.run("e2e-gepa", SpecReader.parse(SPEC));
    Runs.describe("gepa", report, server.completionsServed());

    Runs.assertClimbedFromTheBadSeed(report);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }
}
