package dev.gradus.activities.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The error a server put in its body, read from the shapes compatible servers actually use: OpenAI
 * and llama.cpp ({@code {"error": {"message", "code"}}}), Ollama ({@code {"error": "..."}}), vLLM
 * ({@code {"message": "..."}}) and FastAPI validation ({@code {"detail": ...}}).
 *
 * @param message the vendor's explanation, or null when the body carries none
 * @param code the vendor's error code (e.g. {@code insufficient_quota}), or null
 */
public record VendorError(String message, String code) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads a body; a body that is not JSON yields no message rather than an exception. */
  public static VendorError parse(String body) {
    if (body == null || body.isBlank()) {
      return new VendorError(null, null);
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (Exception e) {
      return new VendorError(null, null);
    }
    if (root == null || !root.isObject()) {
      return new VendorError(null, null);
    }
    JsonNode error = root.path("error");
    if (error.isTextual()) {
      return new VendorError(error.asText(), null);
    }
    if (error.isObject()) {
      return new VendorError(text(error.path("message")), text(error.path("code")));
    }
    if (root.path("message").isTextual()) {
      return new VendorError(root.path("message").asText(), text(root.path("code")));
    }
    JsonNode detail = root.path("detail");
    return new VendorError(detail.isMissingNode() ? null : text(detail), null);
  }

  private static String text(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
