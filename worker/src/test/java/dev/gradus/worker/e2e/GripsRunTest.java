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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * GRIPS through the real {@code openai} provider against a local server whose models are the
 * simulated LLM. The seed asks for the right things but also for two that the simulated target
 * obeys to the answers' harm (explained reasoning, a complete sentence), so deleting phrases is
 * what pays; with rule paraphrasing the optimizer model is never called.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class GripsRunTest {

  FakeOpenAiServer server;

  private static final String SEED =
      "Solve the math problem and explain your reasoning step by step. Follow the order of"
          + " operations and keep the minus sign of negative results. Answer with the number only,"
          + " in a complete sentence.";

  private static final String SPEC =
      """
      name: grips-openai
      task:
        dataset: { simulated: arithmetic }
        split: { train: 0.4, validation: 0.3, test: 0.3, seed: 3 }
        template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
        metric: exact_match
      seedPrompt: "%s"
      models:
        target: { provider: openai, model: sim-target, temperature: 0 }
        optimizer: { provider: openai, model: sim-optimizer, temperature: 1.0 }
      strategy: { type: grips }
      budget: { generations: 12 }
      seed: 5
      """
          .formatted(GripsRunTest.SEED);

  @Test
  void deletesTheHarmfulPhrasesWithoutEverCallingTheOptimizer() {
    AtomicInteger optimizerCalls = new AtomicInteger();
    SimulatedResponder simulated = new SimulatedResponder();
    server.reset();
    server.responder(
        (model, messages) -> {
          if (model.equals(SimulatedResponder.OPTIMIZER)) {
            optimizerCalls.incrementAndGet();
          }
          return simulated.reply(model, messages);
        });

    RunReport report = Runs.run("e2e-grips-openai", SpecReader.parse(SPEC));
    Runs.describe("grips", report, server.completionsServed());
    System.out.printf(
        "grips e2e: %d generations, stop %s%n", report.generation(), report.stopReason());

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.seed().validationScore()).isLessThan(0.15);
    assertThat(report.best().validationScore())
        .isGreaterThan(report.seed().validationScore() + 0.4);
    assertThat(report.best().testScore()).isGreaterThan(report.seed().testScore() + 0.3);
    assertThat(report.best().instruction()).doesNotContain("step by step");
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
    assertThat(optimizerCalls).hasValue(0);
    // Patience ends the search before the generation budget does.
    assertThat(report.generation()).isLessThan(12);
    assertThat(report.stopReason()).isEqualTo("converged");
  }
}
