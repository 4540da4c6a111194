package dev.gradus.workflow.codec;

import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Whether payloads are encrypted, as the environment says: {@code GRADUS_PAYLOAD_KEYS} (keys by id,
 * see {@link PayloadKeys}) turns it on, {@code GRADUS_PAYLOAD_KEY_ID} picks the key new payloads
 * use. The worker, the API and the CLI build their Temporal clients' data converter here, so that
 * all three read and write the same payloads.
 */
public final class PayloadEncryption {

  private final EncryptionCodec codec;

  private PayloadEncryption(EncryptionCodec codec) {
    this.codec = codec;
  }

  /** No encryption: payloads are plain JSON in the history. */
  public static PayloadEncryption off() {
    return new PayloadEncryption(null);
  }

  public static PayloadEncryption with(PayloadKeys keys) {
    return new PayloadEncryption(new EncryptionCodec(keys));
  }

  /**
   * @throws IllegalArgumentException naming the variable that is wrong
   */
  public static PayloadEncryption fromEnvironment(UnaryOperator<String> variable) {
    return of(variable.apply("GRADUS_PAYLOAD_KEYS"), variable.apply("GRADUS_PAYLOAD_KEY_ID"));
  }

  /**
   * @param keys {@code GRADUS_PAYLOAD_KEYS}'s value; null or blank for no encryption
   * @param currentId {@code GRADUS_PAYLOAD_KEY_ID}'s value; null or blank for the first key
   * @throws IllegalArgumentException naming the variable that is wrong
   */
  public static PayloadEncryption of(String keys, String currentId) {
    if (keys == null || keys.isBlank()) {
      return off();
    }
    return with(PayloadKeys.parse(keys, currentId));
  }

  public Optional<EncryptionCodec> codec() {
    return Optional.ofNullable(codec);
  }

  /**
   * The converter for a Temporal client: JSON, then encryption when on. Failure messages and stack
   * traces are encrypted too (they may quote a prompt or an answer).
   */
  public DataConverter dataConverter() {
    DataConverter json = DefaultDataConverter.STANDARD_INSTANCE;
    return codec == null ? json : new CodecDataConverter(json, List.of(codec), true);
  }

  /** For a startup log line: ids only, never keys. */
  @Override
  public String toString() {
    return codec == null ? "off" : "AES-GCM with " + codec.keys();
  }
}
