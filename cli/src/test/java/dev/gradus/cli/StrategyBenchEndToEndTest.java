package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gradus bench strategies} on the reduced grid CI can afford: every strategy on every
 * landscape, one seed, 1,500 calls a run, through an embedded Temporal server and the real worker.
 * Besides the benchmark's own bookkeeping it checks the claim the benchmark exists to test: where
 * only wrong answers reveal what a prompt lacks, the feedback-driven strategies beat APE.
 */
class StrategyBenchEndToEndTest {

  private static final long MAX_CALLS = 1500;

  @TempDir Path cache;

  @Test
  void everyStrategyRunsEveryLandscapeAndFeedbackWinsWhereItIsEssential() throws Exception {
    CliEnvironment env = TemporalFixture.embeddedStack(cache);

    CliResult bench =
        TemporalFixture.execute(
            env,
            "bench",
            "strategies",
            "--seeds",
            "1",
            "--max-calls",
            String.valueOf(MAX_CALLS),
            "--json");

    assertThat(bench.exitCode()).as(bench.err()).isZero();
    JsonNode runs = ClientVerbsTest.singleJsonDocument(bench.out()).path("runs");
    assertThat(runs.size()).isEqualTo(5 * 9);
    Set<String> cells = new HashSet<>();
    Map<String, Double> feedbackTest = new HashMap<>();
    for (JsonNode run : runs) {
      String task = run.path("task").asText();
      String strategy = run.path("strategy").asText();
      assertThat(cells.add(task + "/" + strategy)).isTrue();
      assertThat(run.path("status").asText()).as(task + "/" + strategy).isEqualTo("COMPLETED");
      assertThat(run.path("calls").asLong()).isPositive().isLessThanOrEqualTo(MAX_CALLS);
      assertThat(run.path("bestValidation").asDouble())
          .isBetween(run.path("seedValidation").asDouble(), 1.0);
      assertThat(run.path("bestTest").asDouble()).isBetween(0.0, 1.0);
      if (task.equals("feedback")) {
        feedbackTest.put(strategy, run.path("bestTest").asDouble());
      }
    }
    assertThat(cells).hasSize(45);
    assertThat(feedbackTest.get("protegi")).isGreaterThan(feedbackTest.get("ape"));
    assertThat(feedbackTest.get("gepa")).isGreaterThan(feedbackTest.get("ape"));
  }
}
