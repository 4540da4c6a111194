package dev.gradus.worker.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.search.ChatMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The chat-completions JSON that {@link FakeOpenAiServer} reads and writes. Its token counts are
 * deliberately not the provider's chars/4 estimate, so a test can tell a reported count from an
 * estimated one.
 */
public final class FakeWireFormat {

  static final ObjectMapper JSON = new ObjectMapper();

  private FakeWireFormat() {}

  /** The reported prompt tokens: whitespace-separated words plus 4 per message. */
  public static long promptTokens(List<ChatMessage> messages) {
    long tokens = 0;
    for (ChatMessage message : messages) {
      tokens += 4 + words(message.content());
    }
    return tokens;
  }

  /** The reported completion tokens: whitespace-separated words plus 1. */
  public static long completionTokens(String reply) {
    return 1 + words(reply);
  }

  /** The messages of a request; array contents (text parts) are joined. */
  static List<ChatMessage> messages(JsonNode request) {
    List<ChatMessage> messages = new ArrayList<>();
    for (JsonNode message : request.path("messages")) {
      JsonNode content = message.path("content");
      String text = content.isTextual() ? content.asText() : joinParts(content);
      messages.add(new ChatMessage(message.path("role").asText(), text));
    }
    return messages;
  }

  static String completion(String model, List<ChatMessage> prompt, String reply, boolean usage) {
    ObjectNode root =
        JSON.createObjectNode()
            .put("id", "chatcmpl-fake")
            .put("object", "chat.completion")
            .put("created", 1700000000L)
            .put("model", model);
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", reply);
    if (usage) {
      long promptTokens = promptTokens(prompt);
      long completionTokens = completionTokens(reply);
      root.putObject("usage")
          .put("prompt_tokens", promptTokens)
          .put("completion_tokens", completionTokens)
          .put("total_tokens", promptTokens + completionTokens);
    }
    return root.toString();
  }

  static String noChoices(String model) {
    return JSON.createObjectNode().put("id", "chatcmpl-fake").put("model", model).toString();
  }

  /** An OpenAI-style error body. */
  static String error(String message, String code) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("error")
        .put("message", message)
        .put("type", "invalid_request_error")
        .put("code", code);
    return root.toString();
  }

  private static String joinParts(JsonNode parts) {
    StringBuilder text = new StringBuilder();
    if (parts instanceof ArrayNode) {
      for (JsonNode part : parts) {
        text.append(part.path("text").asText(""));
      }
    }
    return text.toString();
  }

  private static long words(String text) {
    return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
  }
}
