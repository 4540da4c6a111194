package dev.gradus.workflow.codec;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts every payload (workflow inputs and results, activity arguments and answers, queries,
 * signals) with AES-GCM before it leaves the process, so that Temporal's history holds prompts,
 * dataset samples and answers only as ciphertext.
 *
 * <p>An encrypted payload is the whole original payload (its metadata and data) encrypted, with
 * metadata {@code encoding: binary/encrypted} and the key's id in {@code encryption-key-id}, the
 * names Temporal's own samples and codec servers use. The id picks the key to decrypt with, which
 * is what makes rotation work. The key id is also the cipher's associated data, so a payload cannot
 * be passed off as encrypted under another key. Payloads that are not encrypted pass through
 * decoding unchanged: histories written before encryption was turned on stay readable.
 */
public final class EncryptionCodec implements PayloadCodec {

  public static final String ENCODING = "binary/encrypted";
  public static final String KEY_ID = "encryption-key-id";
  public static final String CIPHER = "encryption-cipher";

  private static final String ALGORITHM = "AES/GCM/NoPadding";
  private static final String CIPHER_NAME = "AES-GCM";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private static final ByteString ENCODING_BYTES = ByteString.copyFromUtf8(ENCODING);
  private static final ByteString CIPHER_BYTES = ByteString.copyFromUtf8(CIPHER_NAME);

  private final PayloadKeys keys;
  private final SecureRandom random = new SecureRandom();

  public EncryptionCodec(PayloadKeys keys) {
    this.keys = keys;
  }

  public PayloadKeys keys() {
    return keys;
  }

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    return payloads.stream().map(this::encrypt).toList();
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    return payloads.stream().map(this::decrypt).toList();
  }

  /** Whether {@code payload} is one this codec encrypted (under any key). */
  public static boolean isEncrypted(Payload payload) {
    return ENCODING_BYTES.equals(payload.getMetadataOrDefault("encoding", ByteString.EMPTY));
  }

  private Payload encrypt(Payload payload) {
    String id = keys.currentId();
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed;
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, id);
      sealed = cipher.doFinal(payload.toByteArray());
    } catch (GeneralSecurityException e) {
      throw new PayloadCodecException("cannot encrypt a payload with key " + id, e);
    }
    return Payload.newBuilder()
        .putMetadata("encoding", ENCODING_BYTES)
        .putMetadata(CIPHER, CIPHER_BYTES)
        .putMetadata(KEY_ID, ByteString.copyFromUtf8(id))
        .setData(ByteString.copyFrom(nonce).concat(ByteString.copyFrom(sealed)))
        .build();
  }

  private Payload decrypt(Payload payload) {
    if (!isEncrypted(payload)) {
      return payload;
    }
    String id = payload.getMetadataOrDefault(KEY_ID, ByteString.EMPTY).toStringUtf8();
    SecretKey key =
        keys.key(id)
            .orElseThrow(
                () ->
                    new PayloadCodecException(
                        "a payload is encrypted with key '"
                            + id
                            + "', which GRADUS_PAYLOAD_KEYS does not hold (it holds "
                            + String.join(", ", keys.ids())
                            + "); keep old keys listed until no history needs them"));
    byte[] data = payload.getData().toByteArray();
    if (data.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new PayloadCodecException("an encrypted payload (key " + id + ") is truncated");
    }
    try {
      Cipher cipher =
          cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(data, 0, NONCE_BYTES), id);
      byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
      return Payload.parseFrom(plain);
    } catch (AEADBadTagException e) {
      throw new PayloadCodecException(
          "cannot decrypt a payload with key '"
              + id
              + "': it was altered, or that id names another key than the one it was encrypted"
              + " with",
          e);
    } catch (GeneralSecurityException | InvalidProtocolBufferException e) {
      throw new PayloadCodecException("cannot decrypt a payload with key '" + id + "'", e);
    }
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String keyId)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(ALGORITHM);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
