package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.openai.OpenAiConfig;
import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeFault;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The proof of fault tolerance: with 12% 429s, 8% 500s, 5% garbage bodies and 2% hung
 * requests injected by the local server, an OPRO run completes with the same scores as a run
 * without faults, and counts exactly the completions the server served. The faults are drawn from a
 * seeded random source, so the same requests fail on every run of this test. The profile turns the
 * response cache off, since the faulty run repeats the clean run's calls, and cuts the per-call
 * timeout to 2 s, so that a hung request costs seconds, not a minute.
 */
@QuarkusTest
@TestProfile(ShortTimeoutWithoutResponseCache.class)
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class FaultMixRunTest {

  /** Chosen once; its ~70 faults per run include every kind, as the test checks. */
  private static final long FAULT_SEED = 27;

  private static final double FAULTY = 0.27;

  FakeOpenAiServer server;

  @Inject OpenAiConfig openai;

  @Inject MeterRegistry registry;

  @Test
  void oproCompletesThroughTheFaultMixWithTheCleanScoresAndCountsOnlyServedCompletions() {
    server.reset();
    RunReport clean = run("fault-mix-clean");

    server.reset();
    Map<String, Double> before = outcomes();
    server.faultRandomly(FAULT_SEED, FAULTY, mix(openai.timeout()));
    long start = System.nanoTime();
    RunReport faulty = run("fault-mix-injected");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Map<String, Double> faults = minus(outcomes(), before);
    faults.remove("ok");

    System.out.printf(
        "fault mix: %s in %ds; seed %.3f, best %.3f; %d requests, %d completions, %d calls;"
            + " faults %s%n",
        faulty.status(),
        took.toSeconds(),
        faulty.seed().validationScore(),
        faulty.best().validationScore(),
        server.requestsReceived(),
        server.completionsServed(),
        faulty.usage().calls(),
        faults);
    assertThat(faulty.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(faulty.usage().calls()).isEqualTo(server.completionsServed());
    assertThat(server.requestsReceived()).isGreaterThan(server.completionsServed());
    // No completion was paid for twice: the faults cost requests, not calls.
    assertThat(server.completionsServed()).isEqualTo(clean.usage().calls());
    assertThat(faulty.seed().validationScore()).isEqualTo(clean.seed().validationScore());
    assertThat(faulty.seed().testScore()).isEqualTo(clean.seed().testScore());
    assertThat(faulty.best().validationScore()).isEqualTo(clean.best().validationScore());
    assertThat(faulty.best().instruction()).isEqualTo(clean.best().instruction());
    // Every kind of fault was met, each was classified as what it is, and none went unnoticed.
    assertThat(faults.keySet())
        .containsExactlyInAnyOrder("rate_limited", "unavailable", "malformed_response", "timeout");
    assertThat(faults.values().stream().mapToDouble(Double::doubleValue).sum())
        .isEqualTo(server.requestsReceived() - server.completionsServed());
  }

  private RunReport run(String id) {
    server.responder(new SimulatedResponder());
    return Runs.run(
        id,
        SpecReader.parse(
            """
            name: fault-mix
            task:
              dataset: { simulated: sentiment }
              split: { train: 0.8, validation: 0.1, test: 0.1, seed: 2 }
              template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
            seedPrompt: "Classify the sentiment of the sentence."
            models:
              target: { provider: openai, model: sim-target }
              optimizer: { provider: openai, model: sim-optimizer, temperature: 1.0 }
            strategy: { type: opro, proposals: 3 }
            budget: { generations: 2 }
            """));
  }

  /**
   * 27 faults, each as likely as the others, so that failing 27% of requests fails 12% with 429
   * (half with {@code Retry-After: 1}, half without, which leaves the wait to the worker), 8% with
   * 500, 5% with a 200 that is not JSON and 2% by hanging past the per-call timeout.
   */
  private static FakeFault[] mix(Duration timeout) {
    List<FakeFault> mix = new ArrayList<>();
    mix.addAll(Collections.nCopies(6, FakeFault.rateLimited("1")));
    mix.addAll(Collections.nCopies(6, FakeFault.status(429, "Rate limit reached")));
    mix.addAll(Collections.nCopies(8, FakeFault.serverError()));
    mix.addAll(Collections.nCopies(5, FakeFault.garbage()));
    mix.addAll(Collections.nCopies(2, FakeFault.hang(timeout.plusSeconds(3))));
    return mix.toArray(FakeFault[]::new);
  }

  /** The openai provider's requests so far by outcome, as {@code /q/metrics} reports them. */
  private Map<String, Double> outcomes() {
    Map<String, Double> counts = new TreeMap<>();
    for (Counter c : registry.find("gradus.llm.requests").tag("provider", "openai").counters()) {
      counts.merge(c.getId().getTag("outcome"), c.count(), Double::sum);
    }
    return counts;
  }

  private static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
    Map<String, Double> delta = new TreeMap<>();
    after.forEach(
        (outcome, n) -> {
          double d = n - before.getOrDefault(outcome, 0.0);
          if (d > 0) {
            delta.put(outcome, d);
          }
        });
    return delta;
  }
}
