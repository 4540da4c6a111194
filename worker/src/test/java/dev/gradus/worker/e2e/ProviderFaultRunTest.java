package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeFault;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Provider faults are retried and never scored: a run whose first calls meet a 429, a garbage body
 * and a dropped connection (consecutive faults of one call, tried again within its activity) scores
 * the seed exactly as a run without faults does, and counts only the completions that were really
 * served. FaultMixRunTest does the same at a flaky provider's fault rate. The response cache is
 * off, since the second run repeats the first one's calls.
 */
@QuarkusTest
@TestProfile(WithoutResponseCache.class)
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class ProviderFaultRunTest {

  FakeOpenAiServer server;

  private RunReport run(String id) {
    server.responder(new SimulatedResponder(0.0));
    return Runs.run(
        id,
        SpecReader.parse(
            """
            name: faults
            task:
              dataset: { simulated: sentiment }
              split: { train: 0.8, validation: 0.1, test: 0.1, seed: 2 }
              template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
            seedPrompt: "Classify the sentiment of the sentence."
            models:
              target: { provider: openai, model: sim-target }
              optimizer: { provider: openai, model: sim-optimizer }
            strategy: { type: opro, proposals: 2 }
            budget: { generations: 1 }
            """));
  }

  @Test
  void faultsAreRetriedNotScoredAndNotCounted() {
    server.reset();
    RunReport clean = run("faults-clean");

    server.reset();
    server.enqueue(FakeFault.rateLimited("1"), FakeFault.garbage(), FakeFault.drop());
    RunReport faulty = run("faults-injected");

    assertThat(faulty.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.pendingFaults()).isZero();
    assertThat(server.requestsReceived()).isGreaterThan(server.completionsServed());
    assertThat(faulty.usage().calls()).isEqualTo(server.completionsServed());
    assertThat(faulty.seed().validationScore()).isEqualTo(clean.seed().validationScore());
    assertThat(faulty.seed().testScore()).isEqualTo(clean.seed().testScore());
    assertThat(faulty.best().validationScore()).isEqualTo(clean.best().validationScore());
  }

  @Test
  void aRunThatFailsCountsEveryCallItWasServed() {
    server.reset();
    SimulatedResponder sim = new SimulatedResponder(0.0);
    AtomicInteger answered = new AtomicInteger();
    // The key is revoked in the middle of the first generation's batch: that batch fails with a
    // 401 after some of its calls were served, and the run ends as FAILED.
    server.responder(
        (model, messages) -> {
          if (answered.incrementAndGet() == 40) {
            server.requireApiKey("sk-another-key");
          }
          return sim.reply(model, messages);
        });
    RunReport failed =
        Runs.run(
            "faults-revoked",
            SpecReader.parse(
                """
                name: revoked
                task:
                  dataset: { simulated: sentiment }
                  split: { train: 0.8, validation: 0.1, test: 0.1, seed: 2 }
                seedPrompt: "Classify the sentiment of the sentence."
                models:
                  target: { provider: openai, model: sim-target }
                  optimizer: { provider: openai, model: sim-optimizer }
                strategy: { type: opro, proposals: 1 }
                budget: { generations: 5 }
                """));

    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.error()).contains("401");
    assertThat(failed.generations()).as("it failed inside a generation").hasSizeLessThan(5);
    assertThat(failed.usage().calls())
        .as("the failed batch's served calls are counted too")
        .isEqualTo(server.completionsServed());
  }
}
