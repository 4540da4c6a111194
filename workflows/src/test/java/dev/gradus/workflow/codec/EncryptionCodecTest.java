package dev.gradus.workflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.payload.codec.PayloadCodecException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptionCodecTest {

  static final String OLD = Base64.getEncoder().encodeToString(new byte[16]);
  static final String NEW = Base64.getEncoder().encodeToString("n".repeat(32).getBytes());

  record Prompt(String instruction, List<String> answers) {}

  static final Prompt PROMPT =
      new Prompt("Classify the review as positive or negative.", List.of("positive"));

  private static DataConverter converter(String keys, String current) {
    return PayloadEncryption.of(keys, current).dataConverter();
  }

  @Test
  void valuesRoundTripAndTheirPayloadsHoldNoPlaintext() {
    DataConverter converter = converter("new=" + NEW, null);
    Payload payload = converter.toPayload(PROMPT).orElseThrow();

    assertThat(EncryptionCodec.isEncrypted(payload)).isTrue();
    assertThat(payload.getMetadataOrThrow(EncryptionCodec.KEY_ID).toStringUtf8()).isEqualTo("new");
    assertThat(payload.toString()).doesNotContain("Classify").doesNotContain("positive");
    assertThat(converter.fromPayload(payload, Prompt.class, Prompt.class)).isEqualTo(PROMPT);
    // A fresh nonce each time: equal values do not give equal ciphertexts.
    assertThat(converter.toPayload(PROMPT).orElseThrow().getData()).isNotEqualTo(payload.getData());
  }

  @Test
  void rotationReadsOldPayloadsAndWritesNewOnes() {
    Payload old = converter("old=" + OLD, null).toPayload(PROMPT).orElseThrow();
    DataConverter rotated = converter("new=" + NEW + ",old=" + OLD, null);

    assertThat(rotated.fromPayload(old, Prompt.class, Prompt.class)).isEqualTo(PROMPT);
    assertThat(
            rotated
                .toPayload(PROMPT)
                .orElseThrow()
                .getMetadataOrThrow(EncryptionCodec.KEY_ID)
                .toStringUtf8())
        .isEqualTo("new");
  }

  @Test
  void aDroppedKeyIsNamed() {
    Payload old = converter("old=" + OLD, null).toPayload(PROMPT).orElseThrow();
    EncryptionCodec onlyNew = PayloadEncryption.of("new=" + NEW, null).codec().orElseThrow();

    assertThatThrownBy(() -> onlyNew.decode(List.of(old)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("encrypted with key 'old', which GRADUS_PAYLOAD_KEYS does not hold")
        .hasMessageContaining("(it holds new)");
  }

  @Test
  void alteredOrRelabelledPayloadsAreRefused() {
    EncryptionCodec codec = PayloadEncryption.of("a=" + NEW + ",b=" + NEW, null).codec().get();
    Payload sealed = codec.encode(List.of(plain("secret"))).get(0);
    byte[] data = sealed.getData().toByteArray();
    data[data.length - 1] ^= 1;
    Payload altered = sealed.toBuilder().setData(ByteString.copyFrom(data)).build();
    // The same key under another id: the id is authenticated, so this fails too.
    Payload relabelled =
        sealed.toBuilder()
            .putMetadata(EncryptionCodec.KEY_ID, ByteString.copyFromUtf8("b"))
            .build();
    Payload truncated = sealed.toBuilder().setData(ByteString.copyFrom(new byte[5])).build();

    assertThatThrownBy(() -> codec.decode(List.of(altered))).hasMessageContaining("altered");
    assertThatThrownBy(() -> codec.decode(List.of(relabelled))).hasMessageContaining("key 'b'");
    assertThatThrownBy(() -> codec.decode(List.of(truncated))).hasMessageContaining("truncated");
  }

  @Test
  void plainPayloadsWrittenBeforeEncryptionStillRead() {
    Payload before = DefaultDataConverter.STANDARD_INSTANCE.toPayload(PROMPT).orElseThrow();
    assertThat(converter("new=" + NEW, null).fromPayload(before, Prompt.class, Prompt.class))
        .isEqualTo(PROMPT);
  }

  @Test
  void failureMessagesAreEncryptedToo() {
    DataConverter converter = converter("new=" + NEW, null);
    var failure =
        converter.exceptionToFailure(new IllegalStateException("the prompt 'Say yes' failed"));
    assertThat(failure.toString()).doesNotContain("Say yes");
    assertThat(converter.failureToException(failure).getMessage()).contains("Say yes");
  }

  private static Payload plain(String text) {
    return Payload.newBuilder()
        .putAllMetadata(Map.of("encoding", ByteString.copyFromUtf8("json/plain")))
        .setData(ByteString.copyFromUtf8("\"" + text + "\""))
        .build();
  }
}
