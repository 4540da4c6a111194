package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.results.ResultsStore;
import dev.gradus.activities.results.RunSummary;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Whole runs through the real worker, activities and simulated provider on the embedded server. */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
class SimulatedRunTest {

  @Inject SharedDatabase database;

  private static String spec(String name, String strategy) {
    return """
        name: %s
        task:
          dataset: { simulated: sentiment }
          split: { train: 0.4, validation: 0.3, test: 0.3, seed: 1 }
          template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
          metric: exact_match
        seedPrompt: "Classify the sentiment of the sentence."
        models:
          target: { provider: sim, model: sim-target, temperature: 0 }
          optimizer: { provider: sim, model: sim-optimizer, temperature: 1.0 }
        strategy: %s
        budget: { generations: 6 }
        seed: 42
        """
        .formatted(name, strategy);
  }

  @Test
  void oproBeatsTheSeedOnValidationAndHeldOutTest() {
    RunReport report = Runs.run("e2e-opro", SpecReader.parse(spec("e2e-opro", "{ type: opro }")));

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.generations()).hasSize(6);
    assertThat(report.best().validationScore())
        .isGreaterThan(report.seed().validationScore() + 0.2);
    assertThat(report.best().testScore()).isGreaterThan(report.seed().testScore());
    assertThat(report.usage().calls()).isPositive();
    assertThat(report.lineage())
        .last()
        .extracting(c -> c.instruction())
        .isEqualTo(report.best().instruction());
  }

  @Test
  void theWorkerRecordsTheRunInTheResultsStore() throws Exception {
    // A seed prompt of its own, so that no other test's cached answers serve this run.
    String text =
        spec("e2e-stored", "{ type: opro }")
            .replace("Classify the sentiment of the sentence.", "Label the sentence's sentiment.");
    RunReport report = Runs.run("e2e-stored", SpecReader.parse(text));

    ResultsStore store = new ResultsStore(database.dataSource());
    RunSummary row = store.summary("e2e-stored").orElseThrow();
    assertThat(row.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(row.name()).isEqualTo("e2e-stored");
    assertThat(row.generation()).isEqualTo(6);
    assertThat(row.bestTest()).isEqualTo(report.best().testScore());
    assertThat(row.calls()).isEqualTo(report.usage().calls());
    assertThat(store.report("e2e-stored")).contains(report);
    assertThat(store.generations("e2e-stored")).isEqualTo(report.generations());
    assertThat(store.spec("e2e-stored").orElseThrow().name()).isEqualTo("e2e-stored");
    assertThat(store.candidates("e2e-stored"))
        .extracting(c -> c.id())
        .containsAll(report.lineage().stream().map(c -> c.id()).toList());
  }

  @Test
  void apeBeatsTheSeed() {
    RunReport report =
        Runs.run("e2e-ape", SpecReader.parse(spec("e2e-ape", "{ type: ape, candidates: 6 }")));

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.best().validationScore()).isGreaterThan(report.seed().validationScore());
  }
}
