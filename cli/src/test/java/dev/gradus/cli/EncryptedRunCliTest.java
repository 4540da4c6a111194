package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.common.v1.Payload;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CLI reads runs whose payloads a worker encrypted, given the same keys; without them it says
 * what is missing instead of failing on an encoding it does not know.
 */
class EncryptedRunCliTest {

  private static final String KEYS =
      "prod-2=" + Base64.getEncoder().encodeToString("p".repeat(32).getBytes());
  private static TemporalFixture temporal;

  @BeforeAll
  static void startTemporal() throws Exception {
    temporal = new TemporalFixture(KEYS);
  }

  @AfterAll
  static void stopTemporal() throws InterruptedException {
    temporal.close();
  }

  @Test
  void theCliShowsAnEncryptedRunWithTheKeysAndExplainsWithoutThem() {
    String id = temporal.start(FakeOptimizationWorkflow.CHAINED, "encrypted");

    CliResult result = temporal.cli("result", id, "--candidates");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("    Answer positive or negative.");

    // Temporal holds the spec and the results as ciphertext only.
    HistoryEvent started =
        WorkflowClient.newInstance(temporal.stubs).fetchHistory(id).getHistory().getEvents(0);
    Payload input = started.getWorkflowExecutionStartedEventAttributes().getInput().getPayloads(0);
    assertThat(input.getMetadataOrThrow("encryption-key-id").toStringUtf8()).isEqualTo("prod-2");
    assertThat(started.toString()).doesNotContain("Classify the sentiment.");

    CliEnvironment withoutKeys =
        new CliEnvironment(
            Map.of("TEMPORAL_ADDRESS", temporal.server.target()),
            Path.of("target").toAbsolutePath(),
            false);
    CliResult refused = TemporalFixture.execute(withoutKeys, "result", id);
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains("payloads are encrypted")
        .contains("GRADUS_PAYLOAD_KEYS")
        .doesNotContain("Exception");
  }

  @Test
  void wrongKeySettingsAreNamedBeforeAnythingRuns() {
    CliEnvironment badKeys =
        new CliEnvironment(
            Map.of(
                "TEMPORAL_ADDRESS", temporal.server.target(), "GRADUS_PAYLOAD_KEYS", "a=c2hvcnQ="),
            Path.of("target").toAbsolutePath(),
            false);
    CliResult refused = TemporalFixture.execute(badKeys, "list");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains("GRADUS_PAYLOAD_KEYS entry 1 (a): an AES key is 16, 24 or 32 bytes");
  }
}
