package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.codec.EncryptionCodec;
import dev.gradus.workflow.codec.PayloadEncryption;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.history.v1.History;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole run on a worker that encrypts its payloads: Temporal's history holds every payload only
 * as ciphertext under the current key, yet the same history, decrypted, holds the prompts, the
 * answers and the report, and a client with the keys reads the run's result.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@TestProfile(EncryptedPayloadsTest.Keys.class)
class EncryptedPayloadsTest {

  static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[16]);
  static final String NEW_KEY = Base64.getEncoder().encodeToString("k".repeat(32).getBytes());

  /** Two keys, the newer one current, as after a rotation. */
  public static class Keys implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "gradus.payload.keys",
          "2026-06=" + OLD_KEY + ",2026-12=" + NEW_KEY,
          "gradus.payload.key-id",
          "2026-12");
    }
  }

  private static final String SEED = "Tell me how the writer of this review feels about it.";

  @Test
  void theHistoryHoldsCiphertextOnly() {
    PayloadEncryption encryption =
        PayloadEncryption.of("2026-12=" + NEW_KEY + ",2026-06=" + OLD_KEY, null);
    RunReport report =
        Runs.run(
            Runs.client(encryption.dataConverter()),
            "e2e-encrypted",
            SpecReader.parse(
                """
                name: encrypted-run
                task:
                  dataset: { simulated: sentiment }
                  split: { train: 0.4, validation: 0.3, test: 0.3, seed: 1 }
                  template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
                  metric: exact_match
                seedPrompt: "%s"
                models:
                  target: { provider: sim, model: sim-target, temperature: 0 }
                  optimizer: { provider: sim, model: sim-optimizer, temperature: 1.0 }
                strategy: { type: opro }
                budget: { generations: 2 }
                continueAsNewEvery: 1
                seed: 7
                """
                    .formatted(SEED)));
    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);

    // The raw history, as Temporal stores it and as its UI shows it without a codec.
    History history = Runs.client().fetchHistory("e2e-encrypted").getHistory();
    List<Payload> payloads = HistoryPayloads.written(history);
    assertThat(payloads).hasSizeGreaterThan(10);
    assertThat(payloads)
        .allSatisfy(
            payload -> {
              assertThat(EncryptionCodec.isEncrypted(payload)).isTrue();
              assertThat(payload.getMetadataOrThrow(EncryptionCodec.KEY_ID).toStringUtf8())
                  .isEqualTo("2026-12");
            });
    String raw = history.toString();
    assertThat(raw)
        .doesNotContain(SEED)
        .doesNotContain(report.best().instruction())
        .doesNotContain("sim-target")
        .doesNotContain("\"output\"");

    // What the ciphertext hides: decrypted, the same payloads hold the run.
    StringBuilder plain = new StringBuilder();
    encryption.codec().orElseThrow().decode(payloads).stream()
        .map(payload -> payload.getData().toStringUtf8())
        .forEach(plain::append);
    assertThat(plain.toString())
        .contains(SEED)
        .contains(report.best().instruction())
        .contains("sim-target")
        .containsPattern("\"output\":\"(positive|negative)\"");
  }
}
