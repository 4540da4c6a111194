package dev.gradus.workflow.codec;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys that encrypt workflow payloads, each under an id, and the id that encrypts new
 * payloads. Old keys stay listed so that histories written under them can still be read. Rotation
 * takes two rollouts, since a process that lacks a key cannot read what it encrypted: add the new
 * key everywhere while the old one stays current, then make the new one current; drop an old key
 * once no history that needs it is retained.
 *
 * <p>Written as {@code id=base64key,id=base64key}: the form {@code GRADUS_PAYLOAD_KEYS} takes, so
 * that the keys fit one Kubernetes Secret value. Keys are 16, 24 or 32 random bytes (AES-128, -192
 * or -256), e.g. from {@code openssl rand -base64 32}.
 */
public final class PayloadKeys {

  /** Ids travel in every payload's metadata and name keys in errors: short and plain. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final Map<String, SecretKey> keys;
  private final String currentId;

  private PayloadKeys(Map<String, SecretKey> keys, String currentId) {
    this.keys = Collections.unmodifiableMap(keys);
    this.currentId = currentId;
  }

  /**
   * Reads the keys.
   *
   * @param keys {@code id=base64key} entries separated by commas (blanks around them ignored)
   * @param currentId the id that encrypts new payloads; null or blank for the first listed
   * @throws IllegalArgumentException naming {@code GRADUS_PAYLOAD_KEYS} or {@code
   *     GRADUS_PAYLOAD_KEY_ID} and every entry that is wrong, never echoing key material
   */
  public static PayloadKeys parse(String keys, String currentId) {
    Map<String, SecretKey> parsed = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String[] entries = keys == null ? new String[0] : keys.split(",");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      String where = "GRADUS_PAYLOAD_KEYS entry " + (i + 1);
      int equals = entry.indexOf('=');
      if (equals < 0) {
        problems.add(where + ": expected id=base64key");
        continue;
      }
      String id = entry.substring(0, equals).strip();
      String key64 = entry.substring(equals + 1).strip();
      // A bare key ("$(openssl rand -base64 32)") splits at its padding: neither part may be
      // quoted, since either may be the key itself.
      if (key64.isEmpty() || key64.chars().allMatch(c -> c == '=')) {
        problems.add(where + ": expected id=base64key");
        continue;
      }
      if (!ID.matcher(id).matches()) {
        problems.add(where + ": the id must be 1 to 64 letters, digits, '.', '_' or '-'");
        continue;
      }
      if (parsed.containsKey(id)) {
        problems.add(where + ": key id " + id + " is listed twice");
        continue;
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(key64);
      } catch (IllegalArgumentException e) {
        problems.add(where + " (" + id + "): the key is not base64");
        continue;
      }
      if (key.length != 16 && key.length != 24 && key.length != 32) {
        problems.add(
            where
                + " ("
                + id
                + "): an AES key is 16, 24 or 32 bytes, this one is "
                + key.length
                + " (make one with: openssl rand -base64 32)");
        continue;
      }
      parsed.put(id, new SecretKeySpec(key, "AES"));
    }
    if (parsed.isEmpty() && problems.isEmpty()) {
      problems.add("GRADUS_PAYLOAD_KEYS: no keys listed (expected id=base64key[,id=base64key])");
    }
    String current =
        currentId == null || currentId.isBlank()
            ? parsed.keySet().stream().findFirst().orElse(null)
            : currentId.strip();
    if (current != null && problems.isEmpty() && !parsed.containsKey(current)) {
      problems.add(
          "GRADUS_PAYLOAD_KEY_ID: "
              + current
              + " is not among the ids in GRADUS_PAYLOAD_KEYS ("
              + String.join(", ", parsed.keySet())
              + ")");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "payload encryption settings are wrong: " + String.join("; ", problems));
    }
    return new PayloadKeys(parsed, current);
  }

  /** The id new payloads are encrypted under. */
  public String currentId() {
    return currentId;
  }

  SecretKey current() {
    return keys.get(currentId);
  }

  Optional<SecretKey> key(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  /** Every id, in the order listed. */
  public List<String> ids() {
    return List.copyOf(keys.keySet());
  }

  /** Ids only: never key material. */
  @Override
  public String toString() {
    return "key " + currentId + " (keys " + String.join(", ", keys.keySet()) + ")";
  }
}
