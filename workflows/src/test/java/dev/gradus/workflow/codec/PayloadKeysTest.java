package dev.gradus.workflow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadKeysTest {

  static final String K16 = Base64.getEncoder().encodeToString(new byte[16]);
  static final String K32 = Base64.getEncoder().encodeToString(new byte[32]);

  @Test
  void theFirstListedKeyIsCurrentUnlessOneIsNamed() {
    PayloadKeys keys = PayloadKeys.parse(" new=" + K32 + " , old=" + K16 + " ", null);
    assertThat(keys.ids()).containsExactly("new", "old");
    assertThat(keys.currentId()).isEqualTo("new");
    assertThat(PayloadKeys.parse("new=" + K32 + ",old=" + K16, "old").currentId()).isEqualTo("old");
  }

  @Test
  void everyWrongEntryIsNamedAndNoKeyIsEchoed() {
    String secret = Base64.getEncoder().encodeToString("0123456789".getBytes());
    assertThatThrownBy(
            () ->
                PayloadKeys.parse(
                    "a=" + K16 + ",nokey,b c=" + K16 + ",a=" + K32 + ",d=%%%,e=" + secret, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GRADUS_PAYLOAD_KEYS entry 2: expected id=base64key")
        .hasMessageContaining("entry 3: the id must be 1 to 64 letters")
        .hasMessageContaining("entry 4: key id a is listed twice")
        .hasMessageContaining("entry 5 (d): the key is not base64")
        .hasMessageContaining("entry 6 (e): an AES key is 16, 24 or 32 bytes, this one is 10")
        .message()
        .doesNotContain(secret)
        .doesNotContain(K16);
  }

  @Test
  void theCurrentIdMustBeListed() {
    assertThatThrownBy(() -> PayloadKeys.parse("a=" + K16 + ",b=" + K32, "c"))
        .hasMessageContaining("GRADUS_PAYLOAD_KEY_ID: c is not among the ids")
        .hasMessageContaining("(a, b)");
    assertThatThrownBy(() -> PayloadKeys.parse(" , ", null))
        .hasMessageContaining("GRADUS_PAYLOAD_KEYS entry 1: expected id=base64key");
  }

  @Test
  void noKeysMeansNoEncryption() {
    assertThat(PayloadEncryption.fromEnvironment(name -> null).codec()).isEmpty();
    assertThat(PayloadEncryption.of("  ", "x").codec()).isEmpty();
    assertThat(PayloadEncryption.of("a=" + K16, null).toString())
        .isEqualTo("AES-GCM with key a (keys a)");
  }

  @Test
  void aKeyWithoutItsIdIsRefusedWithoutPrintingIt() {
    // Keys as `openssl rand -base64` prints them, pasted without "id=": they split at their
    // padding,
    // with '+' or '/' in the part before it or not.
    for (String bare :
        List.of(
            Base64.getEncoder().encodeToString(new byte[32]),
            Base64.getEncoder().encodeToString(new byte[16]),
            "q+/7Zm3mXl4uN0a9bZ1Xh0kQ5T0vJXnq0rVbqk8C2aA=",
            "k1:" + K32)) {
      assertThatThrownBy(() -> PayloadKeys.parse(bare, null))
          .hasMessageContaining("GRADUS_PAYLOAD_KEYS entry 1: expected id=base64key")
          .message()
          .doesNotContain(bare.replace("=", ""))
          .doesNotContain(bare.substring(0, 12));
    }
  }
}
