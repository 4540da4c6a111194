package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gradus demo --json} the way a newcomer runs it: an embedded Temporal server and the real
 * Quarkus worker (built earlier in the same {@code mvn verify}) as child processes, the simulated
 * LLM, and a report whose best prompt beats the seed.
 */
class DemoEndToEndTest {

  @TempDir Path cache;

  @Test
  void demoBeatsTheSeedWithTheRealWorker() throws Exception {
    CliEnvironment env = TemporalFixture.embeddedStack(cache);

    CliResult demo = TemporalFixture.execute(env, "demo", "--json");

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    JsonNode report = ClientVerbsTest.singleJsonDocument(demo.out());
    assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
    double bestValidation = report.path("best").path("validationScore").asDouble();
    double seedValidation = report.path("seed").path("validationScore").asDouble();
    assertThat(bestValidation).isGreaterThan(seedValidation + 0.3);
    assertThat(report.path("best").path("testScore").asDouble())
        .isGreaterThan(report.path("seed").path("testScore").asDouble());
    assertThat(report.path("generations").size()).isEqualTo(report.path("generation").asInt());
    assertThat(report.path("usage").path("calls").asLong()).isPositive();
    assertThat(report.path("usage").path("cacheHits").isNumber()).isTrue();
  }
}
