package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Few-shot search through the real {@code openai} provider, over HTTP, against a local
 * OpenAI-compatible server whose models are the simulated LLM, from a seed that scores near zero.
 * The simulated target follows the answer format more often when the prompt shows demonstrations,
 * which is all that demonstration search alone can win; co-optimizing the instruction as MIPRO does
 * also lets the optimizer name the task's traps.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class FewshotRunTest {

  FakeOpenAiServer server;

  private RunReport run(String name, String strategy) {
    return Runs.onFakeServer(
        server,
        name,
        Runs.arithmetic("fewshot-openai", "openai", strategy, 4, Runs.TEMPLATE_WITH_DEMOS));
  }

  @Test
  void randomDemoSetsAloneBeatTheSeed() {
    RunReport report =
        run("fewshot-random", "{ type: fewshot, candidates: 6, demos: 3, bootstrap: 100 }");

    assertThat(report.best().demos()).hasSize(3);
    assertThat(report.best().instruction()).isEqualTo("Solve the problem.");
    assertThat(report.best().validationScore())
        .isGreaterThan(report.seed().validationScore() + 0.15);
    assertThat(report.best().testScore()).isGreaterThan(report.seed().testScore() + 0.1);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }

  @Test
  void tpeWithCoOptimizedInstructionsClimbsFromTheBadSeed() {
    RunReport report =
        run(
            "fewshot-mipro",
            "{ type: fewshot, candidates: 6, demos: 3, bootstrap: 100, search: 1, instructions: 1 }");

    assertThat(report.best().demos()).isNotEmpty();
    Runs.assertClimbedFromTheBadSeed(report);
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }
}
