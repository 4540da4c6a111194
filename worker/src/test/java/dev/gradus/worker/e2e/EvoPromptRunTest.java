package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * EvoPrompt's GA and DE through the real {@code openai} provider, over HTTP, against a local
 * OpenAI-compatible server whose models are the simulated LLM, from a seed that scores near zero;
 * and once each through the {@code sim} provider.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class EvoPromptRunTest {

  FakeOpenAiServer server;

  private RunReport runOverHttp(String name, String strategy, int generations) {
    return Runs.onFakeServer(
        server, name, Runs.arithmetic(name, "openai", strategy, generations, Runs.TEMPLATE));
  }

  @Test
  void geneticAlgorithmClimbsFromABadSeedAndCountsExactlyTheServedCalls() {
    RunReport report = runOverHttp("evo-ga-openai", "{ type: evo-ga, population: 6 }", 10);

    Runs.assertClimbedFromTheBadSeed(report);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }

  @Test
  void differentialEvolutionClimbsFromABadSeedAndCountsExactlyTheServedCalls() {
    RunReport report = runOverHttp("evo-de-openai", "{ type: evo-de, population: 6 }", 6);

    Runs.assertClimbedFromTheBadSeed(report);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }

  @Test
  void bothRunOnTheSimulatedProvider() {
    for (String type : new String[] {"evo-ga", "evo-de"}) {
      RunReport report =
          Runs.run(
              "e2e-" + type + "-sim",
              Runs.arithmetic(
                  type + "-sim", "sim", "{ type: " + type + ", population: 6 }", 6, Runs.TEMPLATE));
      System.out.printf(
          "%s sim: seed %.3f best %.3f calls %d%n",
          type,
          report.seed().validationScore(),
          report.best().validationScore(),
          report.usage().calls());
      Runs.assertClimbedFromTheBadSeed(report);
    }
  }
}
