package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.worker.anthropic.FakeAnthropicResource;
import dev.gradus.worker.fake.FakeAnthropicServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * OPRO through the real {@code anthropic} provider, over HTTP, against a local server speaking the
 * Messages API whose models are the simulated LLM: the target and the optimizer are told apart by
 * model name, as two Claude models behind one endpoint would be. The names are real Claude model
 * ids, so the run is priced from the shipped price table.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeAnthropicResource.class)
class AnthropicRunTest {

  private static final String TARGET = "claude-3-5-haiku-20241022";
  private static final String OPTIMIZER = "claude-sonnet-4-20250514";

  FakeAnthropicServer server;

  @Test
  void oproRunsThroughTheMessagesApiAndCountsExactlyTheServedCalls() {
    server.reset();
    server.requireApiKey(FakeAnthropicResource.API_KEY);
    server.responder(new SimulatedResponder(OPTIMIZER, 1.0));

    RunReport report =
        Runs.run(
            "e2e-anthropic",
            SpecReader.parse(
                """
        name: arithmetic-anthropic
        task:
          dataset: { simulated: arithmetic }
          split: { train: 0.4, validation: 0.3, test: 0.3, seed: 3 }
          template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
          metric: exact_match
        seedPrompt: "Solve the problem."
        models:
          target: { provider: anthropic, model: %s, temperature: 0, maxTokens: 64 }
          optimizer: { provider: anthropic, model: %s, temperature: 1.0 }
        strategy: { type: opro, proposals: 6 }
        budget: { generations: 8 }
        seed: 5
        """
                    .formatted(TARGET, OPTIMIZER)));

    System.out.printf(
        "anthropic e2e: seed %.3f/%.3f best %.3f/%.3f calls %d served %d cost $%.4f%n",
        report.seed().validationScore(),
        report.seed().testScore(),
        report.best().validationScore(),
        report.best().testScore(),
        report.usage().calls(),
        server.completionsServed(),
        report.usage().costUsd());
    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.seed().validationScore()).isLessThan(0.15);
    assertThat(report.best().validationScore()).isGreaterThan(0.8);
    assertThat(report.best().testScore()).isGreaterThan(0.75);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
    assertThat(report.usage().promptTokens()).isPositive();
    assertThat(report.usage().completionTokens()).isPositive();
    // Each token is priced between Haiku 3.5 ($0.80/$4 per M) and Sonnet 4 ($3/$15).
    long prompt = report.usage().promptTokens();
    long completion = report.usage().completionTokens();
    assertThat(report.usage().costUsd())
        .isBetween(
            (prompt * 0.80 + completion * 4.0) / 1e6, (prompt * 3.0 + completion * 15.0) / 1e6);
    assertThat(server.lastRequest().header("x-api-key")).isEqualTo(FakeAnthropicResource.API_KEY);
    assertThat(server.lastRequest().header("anthropic-version")).isEqualTo("2023-06-01");
  }
}
