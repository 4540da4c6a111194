package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.worker.fake.FakeOpenAiServer;
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

  @Test
  void reflectiveEvolutionClimbsFromABadSeedAndCountsExactlyTheServedCalls() {
    RunReport report =
        Runs.onFakeServer(
            server,
            "gepa",
            Runs.arithmetic(
                "gepa-openai",
                "openai",
                "{ type: gepa, minibatch: 3, proposals: 4, pareto: 8, pool: 4 }",
                4,
                Runs.TEMPLATE));

    Runs.assertClimbedFromTheBadSeed(report);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }
}
