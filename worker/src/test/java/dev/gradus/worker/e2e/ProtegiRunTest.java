package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * ProTeGi through the real {@code openai} provider, over HTTP, against a local OpenAI-compatible
 * server whose models are the simulated LLM, from a seed that scores near zero: the target's errors
 * on train minibatches become critiques, critiques become edits, and bandit trials on train data
 * pick the beam. The paper's shape with smaller numbers, so that the run takes seconds.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class ProtegiRunTest {

  FakeOpenAiServer server;

  private RunReport run(String name, String strategy) {
    return Runs.onFakeServer(
        server, name, Runs.arithmetic("protegi-openai", "openai", strategy, 4, Runs.TEMPLATE));
  }

  @Test
  void ucbBeamSearchClimbsFromABadSeedAndCountsExactlyTheServedCalls() {
    RunReport report =
        run(
            "protegi-ucb",
            "{ type: protegi, beam: 2, minibatch: 16, gradients: 2, paraphrases: 1,"
                + " expansion: 4, rounds: 4, armsPerRound: 4, samples: 8 }");

    Runs.assertClimbedFromTheBadSeed(report);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }

  @Test
  void successiveRejectsClimbsToo() {
    RunReport report =
        run(
            "protegi-sr",
            "{ type: protegi, beam: 2, minibatch: 16, gradients: 2, paraphrases: 1,"
                + " expansion: 4, successiveRejects: 1, rounds: 4, armsPerRound: 4, samples: 8 }");

    Runs.assertClimbedFromTheBadSeed(report);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }
}
