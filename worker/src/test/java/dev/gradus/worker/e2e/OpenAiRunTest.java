package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * OPRO through the real {@code openai} provider, over HTTP, against a local OpenAI-compatible
 * server whose models are the simulated LLM: the target and the optimizer are told apart by model
 * name, as two models behind one endpoint would be.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class OpenAiRunTest {

  FakeOpenAiServer server;

  @Test
  void oproSolvesATaskWhoseSeedScoresNearZeroAndCountsExactlyTheServedCalls() {
    server.reset();
    server.responder(new SimulatedResponder());

    RunReport report =
        Runs.run(
            "e2e-openai",
            SpecReader.parse(
                """
        name: arithmetic-openai
        task:
          dataset: { simulated: arithmetic }
          split: { train: 0.4, validation: 0.3, test: 0.3, seed: 3 }
          template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
          metric: exact_match
        seedPrompt: "Solve the problem."
        models:
          target: { provider: openai, model: sim-target, temperature: 0 }
          optimizer: { provider: openai, model: sim-optimizer, temperature: 1.0 }
        strategy: { type: opro, proposals: 6 }
        budget: { generations: 8 }
        seed: 5
        """));

    System.out.printf(
        "openai e2e: seed %.3f/%.3f best %.3f/%.3f calls %d served %d%n",
        report.seed().validationScore(),
        report.seed().testScore(),
        report.best().validationScore(),
        report.best().testScore(),
        report.usage().calls(),
        server.completionsServed());
    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.seed().validationScore()).isLessThan(0.15);
    assertThat(report.best().validationScore()).isGreaterThan(0.8);
    assertThat(report.best().testScore()).isGreaterThan(0.75);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
    assertThat(report.usage().promptTokens()).isPositive();
    assertThat(server.lastRequest().header("Authorization"))
        .isEqualTo("Bearer " + FakeOpenAiResource.API_KEY);
  }
}
