package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * APE through the real {@code openai} provider, over HTTP, against a local OpenAI-compatible server
 * whose models are the simulated LLM, from a seed that scores near zero: instructions induced from
 * demonstrations, the best kept, and Monte-Carlo resampling around them.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class ApeRunTest {

  FakeOpenAiServer server;

  @Test
  void generationAndResamplingClimbFromABadSeedAndCountExactlyTheServedCalls() {
    RunReport report =
        Runs.onFakeServer(
            server,
            "ape",
            Runs.arithmetic(
                "ape-openai", "openai", "{ type: ape, candidates: 6 }", 4, Runs.TEMPLATE));

    Runs.assertClimbedFromTheBadSeed(report);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
    assertThat(report.lineage()).anySatisfy(c -> assertThat(c.operation()).isEqualTo("induce"));
  }
}
