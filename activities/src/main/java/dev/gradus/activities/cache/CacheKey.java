package dev.gradus.activities.cache;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The key of a request in the cache: the SHA-256, in hex, of a canonical JSON encoding of what
 * shapes the answer. That is the whole {@link ModelSpec} (provider, model name and every generation
 * parameter: a parameter added to the spec later enters the key by itself, and one left unset is
 * left out, so adding one does not orphan existing entries), the messages in order, the sample
 * index, and the role, because the simulated provider answers by role.
 */
public final class CacheKey {

  /** Changes whenever the encoding does, so that no entry is ever read under another meaning. */
  private static final int VERSION = 1;

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null))
          .build();

  private CacheKey() {}

  public static String of(LlmRequest request) {
    Encoded encoded =
        new Encoded(VERSION, request.role(), request.model(), request.messages(), request.sample());
    try {
      return HexFormat.of().formatHex(sha256().digest(CANONICAL.writeValueAsBytes(encoded)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a request for the response cache", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  record Encoded(
      int version, String role, ModelSpec model, List<ChatMessage> messages, int sample) {}
}
