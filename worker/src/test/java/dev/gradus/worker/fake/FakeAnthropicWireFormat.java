package dev.gradus.worker.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.search.ChatMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The Messages API JSON that {@link FakeAnthropicServer} reads and writes. Requests are checked as
 * strictly as Anthropic checks them, so a test passing against the fake means the wire format is
 * right; token counts are {@link FakeWireFormat}'s, not the provider's estimate.
 */
public final class FakeAnthropicWireFormat {

  private FakeAnthropicWireFormat() {}

  /**
   * The system prompt (as a first system message) and the turns of a request.
   *
   * @throws IllegalArgumentException worded as Anthropic's 400 invalid_request_error
   */
  static List<ChatMessage> messages(JsonNode request) {
    if (request == null || !request.isObject()) {
      throw new IllegalArgumentException("The request body is not valid JSON.");
    }
    if (!request.path("model").isTextual()) {
      throw new IllegalArgumentException("model: Field required");
    }
    if (!request.path("max_tokens").canConvertToInt() || request.path("max_tokens").asInt() < 1) {
      throw new IllegalArgumentException("max_tokens: Field required");
    }
    JsonNode temperature = request.path("temperature");
    if (!temperature.isMissingNode()
        && (!temperature.isNumber() || temperature.asDouble() < 0 || temperature.asDouble() > 1)) {
      throw new IllegalArgumentException("temperature: range: 0..1");
    }
    JsonNode turns = request.path("messages");
    if (!turns.isArray() || turns.isEmpty()) {
      throw new IllegalArgumentException("messages: at least one message is required");
    }
    List<ChatMessage> messages = new ArrayList<>();
    JsonNode system = request.path("system");
    if (!system.isMissingNode()) {
      messages.add(ChatMessage.system(text(system, "system")));
    }
    int i = 0;
    for (JsonNode turn : turns) {
      String role = turn.path("role").asText("");
      if (!role.equals("user") && !role.equals("assistant")) {
        throw new IllegalArgumentException(
            "messages." + i + ".role: Input should be 'user' or 'assistant'");
      }
      String content = text(turn.path("content"), "messages." + i + ".content");
      if (content.isEmpty()) {
        throw new IllegalArgumentException(
            "messages." + i + ": all messages must have non-empty content");
      }
      messages.add(new ChatMessage(role, content));
      i++;
    }
    return messages;
  }

  /**
   * A message answering {@code reply}, sent as one text block per line (answers with citations do
   * come in several blocks), so that a client must join the blocks to read it.
   */
  static String message(String model, List<ChatMessage> prompt, String reply, boolean usage) {
    ObjectNode root =
        FakeWireFormat.JSON
            .createObjectNode()
            .put("id", "msg_fake")
            .put("type", "message")
            .put("role", "assistant")
            .put("model", model);
    ArrayNode content = root.putArray("content");
    for (String line : reply.split("(?<=\n)")) {
      content.addObject().put("type", "text").put("text", line);
    }
    root.put("stop_reason", "end_turn").putNull("stop_sequence");
    if (usage) {
      root.putObject("usage")
          .put("input_tokens", FakeWireFormat.promptTokens(prompt))
          .put("output_tokens", FakeWireFormat.completionTokens(reply));
    }
    return root.toString();
  }

  /** A 200 body that is a message without content. */
  static String noContent(String model) {
    return FakeWireFormat.JSON
        .createObjectNode()
        .put("id", "msg_fake")
        .put("type", "message")
        .put("model", model)
        .toString();
  }

  /** Anthropic's error body. */
  public static String error(String type, String message) {
    ObjectNode root = FakeWireFormat.JSON.createObjectNode().put("type", "error");
    root.putObject("error").put("type", type).put("message", message);
    root.put("request_id", "req_fake");
    return root.toString();
  }

  /** The error type Anthropic sends with a status. */
  public static String errorType(int status) {
    return switch (status) {
      case 400 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 402 -> "billing_error";
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 413 -> "request_too_large";
      case 429 -> "rate_limit_error";
      case 504 -> "timeout_error";
      case 529 -> "overloaded_error";
      default -> "api_error";
    };
  }

  private static String text(JsonNode content, String path) {
    if (content.isTextual()) {
      return content.asText();
    }
    if (!content.isArray()) {
      throw new IllegalArgumentException(path + ": Input should be a valid string or list");
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode block : content) {
      if (!"text".equals(block.path("type").asText())) {
        throw new IllegalArgumentException(path + ": only text blocks are supported here");
      }
      text.append(block.path("text").asText(""));
    }
    return text.toString();
  }
}
