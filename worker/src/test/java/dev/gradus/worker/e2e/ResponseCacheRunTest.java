package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The response cache through whole runs: a deterministic spec run a second time is answered from
 * the cache, pays (almost) nothing, and comes out the same.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
class ResponseCacheRunTest {

  private static final RunSpec SPEC =
      SpecReader.parse(
          """
          name: cached
          task:
            dataset: { simulated: extraction }
            split: { train: 0.4, validation: 0.3, test: 0.3, seed: 6 }
          seedPrompt: "Extract the answer from the text (response cache run test)."
          models:
            target: { provider: sim, model: sim-target, temperature: 0 }
            optimizer: { provider: sim, model: sim-optimizer, temperature: 1.0 }
          strategy: { type: opro, proposals: 4 }
          budget: { generations: 3 }
          seed: 8
          """);

  @Inject MeterRegistry registry;

  @Test
  void aRepeatedRunIsAnsweredFromTheCacheAndComesOutTheSame() {
    double before = targetCalls();
    RunReport first = Runs.run("cache-first", SPEC);
    double firstTargetCalls = targetCalls() - before;
    RunReport second = Runs.run("cache-second", SPEC);
    double secondTargetCalls = targetCalls() - before - firstTargetCalls;

    System.out.printf(
        "response cache e2e: first run %s, %.0f target calls; second run %s, %.0f target calls%n",
        first.usage(), firstTargetCalls, second.usage(), secondTargetCalls);
    assertThat(second.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(firstTargetCalls).isPositive();
    assertThat(secondTargetCalls).isLessThanOrEqualTo(firstTargetCalls / 10);
    assertThat(second.usage().calls()).isLessThanOrEqualTo(first.usage().calls() / 10);
    assertThat(second.usage().cacheHits()).isGreaterThanOrEqualTo(first.usage().calls() * 9 / 10);
    assertThat(second.usage().costUsd()).isLessThanOrEqualTo(first.usage().costUsd());
    assertThat(second.best()).isEqualTo(first.best());
    assertThat(second.seed()).isEqualTo(first.seed());
  }

  /** Target-model calls that reached a provider, from the worker's own metrics. */
  private double targetCalls() {
    return registry.find("gradus.llm.requests").tag("role", "target").counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }
}
