package dev.gradus.activities.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The error an answer's body carries: {@code {"type": "error", "error": {"type", "message"}}}, read
 * leniently so that a proxy's body yields what it can rather than an exception.
 *
 * @param type e.g. {@code rate_limit_error}, {@code overloaded_error}, or null
 * @param message the vendor's explanation, or null
 */
public record AnthropicError(String type, String message) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AnthropicError NONE = new AnthropicError(null, null);

  /** Reads a body; one that is not JSON, or carries no error, yields nulls. */
  public static AnthropicError parse(String body) {
    if (body == null || body.isBlank()) {
      return NONE;
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (Exception e) {
      return NONE;
    }
    if (root == null || !root.isObject()) {
      return NONE;
    }
    JsonNode error = root.path("error");
    if (error.isObject()) {
      return new AnthropicError(text(error.path("type")), text(error.path("message")));
    }
    if (error.isTextual()) {
      return new AnthropicError(null, error.asText());
    }
    return new AnthropicError(null, text(root.path("message")));
  }

  /** "type: message", or whichever of the two is present; null when neither is. */
  public String describe() {
    if (message == null) {
      return type;
    }
    return type == null ? message : type + ": " + message;
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }
}
