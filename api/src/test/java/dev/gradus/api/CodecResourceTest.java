package dev.gradus.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.google.protobuf.util.JsonFormat;
import dev.gradus.workflow.codec.EncryptionCodec;
import dev.gradus.workflow.codec.PayloadEncryption;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API with the workers' payload keys: runs it starts are encrypted in Temporal's history, and
 * it answers Temporal's codec protocol for the Web UI and CLI.
 */
@QuarkusTest
@TestProfile(CodecResourceTest.WithKeys.class)
@QuarkusTestResource(TemporalWithWorker.class)
class CodecResourceTest {

  static final String KEYS =
      "k2="
          + Base64.getEncoder().encodeToString("2".repeat(32).getBytes())
          + ",k1="
          + Base64.getEncoder().encodeToString("1".repeat(16).getBytes());

  public static class WithKeys implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "gradus.payload.keys", KEYS, "quarkus.http.cors.origins", "http://127.0.0.1:8233");
    }
  }

  private final EncryptionCodec workers = PayloadEncryption.of(KEYS, null).codec().orElseThrow();

  @Test
  void decodeAnswersWhatTheWorkersEncrypted() throws Exception {
    Payload plain =
        DefaultDataConverter.STANDARD_INSTANCE
            .toPayload("Classify the sentiment of the sentence.")
            .orElseThrow();
    Payload sealed = workers.encode(List.of(plain)).get(0);

    String decoded =
        given()
            .contentType("application/json")
            .header("X-Namespace", "default")
            .body(json(sealed))
            .post("/api/codec/decode")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    Payloads answer = parse(decoded);
    assertThat(answer.getPayloadsList()).containsExactly(plain);
  }

  @Test
  void encodeThenDecodeGivesThePayloadBack() throws Exception {
    Payload plain = DefaultDataConverter.STANDARD_INSTANCE.toPayload("an answer").orElseThrow();
    String encoded =
        given()
            .contentType("application/json")
            .body(json(plain))
            .post("/api/codec/encode")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Payload sealed = parse(encoded).getPayloads(0);
    assertThat(EncryptionCodec.isEncrypted(sealed)).isTrue();
    assertThat(sealed.getMetadataOrThrow(EncryptionCodec.KEY_ID).toStringUtf8()).isEqualTo("k2");
    assertThat(workers.decode(List.of(sealed))).containsExactly(plain);
  }

  @Test
  void badBodiesAndUnknownKeysAreRefusedWithTheField() throws Exception {
    given()
        .contentType("application/json")
        .body("{\"payloads\": 3}")
        .post("/api/codec/decode")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("body"));
    EncryptionCodec other =
        PayloadEncryption.of("k9=" + Base64.getEncoder().encodeToString(new byte[16]), null)
            .codec()
            .orElseThrow();
    Payload foreign =
        other.encode(List.of(DefaultDataConverter.STANDARD_INSTANCE.toPayload("x").get())).get(0);
    given()
        .contentType("application/json")
        .body(json(foreign))
        .post("/api/codec/decode")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("payloads"))
        .body("error", containsString("key 'k9'"));
  }

  @Test
  void theWebUiOriginMayCallTheCodecAndNoOtherMay() {
    given()
        .header("Origin", "http://127.0.0.1:8233")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type,x-namespace")
        .options("/api/codec/decode")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "http://127.0.0.1:8233");
    given()
        .header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "POST")
        .options("/api/codec/decode")
        .then()
        .header("Access-Control-Allow-Origin", (String) null);
  }

  @Test
  void runsStartedHereAreEncryptedInTheHistory() {
    given()
        .contentType("application/yaml")
        .body(RunsResourceTest.utf8(RunsResourceTest.SPEC))
        .post("/api/runs?id=api-encrypted")
        .then()
        .statusCode(201);
    try {
      HistoryEvent started =
          TemporalWithWorker.client.fetchHistory("api-encrypted").getHistory().getEvents(0);
      Payload input =
          started.getWorkflowExecutionStartedEventAttributes().getInput().getPayloads(0);
      assertThat(EncryptionCodec.isEncrypted(input)).isTrue();
      assertThat(started.toString()).doesNotContain("Classify the sentiment");
      assertThat(workers.decode(List.of(input)).get(0).getData().toStringUtf8())
          .contains("Classify the sentiment of the sentence.");
    } finally {
      // The tests' stand-in worker has no keys: it could never run this one.
      TemporalWithWorker.client.newUntypedWorkflowStub("api-encrypted").terminate("test over");
    }
  }

  private static String json(Payload payload) throws Exception {
    return JsonFormat.printer().print(Payloads.newBuilder().addPayloads(payload).build());
  }

  private static Payloads parse(String json) throws Exception {
    Payloads.Builder payloads = Payloads.newBuilder();
    JsonFormat.parser().merge(json, payloads);
    return payloads.build();
  }
}
