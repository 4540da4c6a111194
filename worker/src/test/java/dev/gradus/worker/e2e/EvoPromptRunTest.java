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
 * EvoPrompt's GA and DE through the real {@code openai} provider, over HTTP, against a local
 * OpenAI-compatible server whose models are the simulated LLM, from a seed that scores near zero;
 * and once each through the {@code sim} provider.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class EvoPromptRunTest {

  FakeOpenAiServer server;

  private static String spec(String name, String provider, String strategy, int generations) {
    return """
        name: %s
        task:
          dataset: { simulated: arithmetic }
          split: { train: 0.4, validation: 0.3, test: 0.3, seed: 3 }
          template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
          metric: exact_match
        seedPrompt: "Solve the problem."
        models:
          target: { provider: %s, model: sim-target, temperature: 0 }
          optimizer: { provider: %s, model: sim-optimizer, temperature: 1.0 }
        strategy: %s
        budget: { generations: %d }
        seed: 5
        """
        .formatted(name, provider, provider, strategy, generations);
  }

  private RunReport runOverHttp(String name, String strategy, int generations) {
    server.reset();
    server.responder(new SimulatedResponder());
    RunReport report =
        Runs.run("e2e-" + name, SpecReader.parse(spec(name, "openai", strategy, generations)));
    Runs.describe(name, report, server.completionsServed());
    return report;
  }

  @Test
  void geneticAlgorithmClimbsFromABadSeedAndCountsExactlyTheServedCalls() {
    RunReport report = runOverHttp("evo-ga-openai", "{ type: evo-ga, population: 6 }", 6);

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
              SpecReader.parse(
                  spec(type + "-sim", "sim", "{ type: " + type + ", population: 6 }", 6)));
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
