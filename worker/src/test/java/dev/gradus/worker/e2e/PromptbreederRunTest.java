package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Promptbreeder through the real {@code openai} provider, over HTTP, against a local
 * OpenAI-compatible server whose models are the simulated LLM, from a seed that scores near zero:
 * initial units from mutation prompts and thinking styles, then binary tournaments whose losers
 * mutated winners replace. A population of 6 rather than the paper's 50, so the run takes seconds.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class PromptbreederRunTest {

  FakeOpenAiServer server;

  @Test
  void tournamentsClimbFromABadSeedAndCountExactlyTheServedCalls() {
    RunReport report =
        Runs.onFakeServer(
            server,
            "promptbreeder",
            Runs.arithmetic(
                "promptbreeder-openai",
                "openai",
                "{ type: promptbreeder, population: 6 }",
                12,
                Runs.TEMPLATE));

    Runs.assertClimbedFromTheBadSeed(report);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
    assertThat(report.lineage())
        .anySatisfy(c -> assertThat(c.operation()).startsWith("promptbreeder "));
  }
}
