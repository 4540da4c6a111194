package dev.gradus.worker.anthropic;

import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.util.List;

/** Requests used by the anthropic provider tests. */
final class Requests {

  static final String MODEL = "claude-3-5-haiku-20241022";

  static final List<ChatMessage> SENTIMENT =
      List.of(
          ChatMessage.system("Classify the sentiment of the sentence."),
          ChatMessage.user("Input: I loved every minute of it.\nOutput:"));

  private Requests() {}

  static LlmRequest target(String model, Double temperature, Integer maxTokens) {
    return new LlmRequest(
        "target", new ModelSpec("anthropic", model, temperature, maxTokens), SENTIMENT, 0);
  }

  static LlmRequest target() {
    return target(MODEL, 0.0, 16);
  }

  static LlmRequest of(List<ChatMessage> messages) {
    return new LlmRequest("target", new ModelSpec("anthropic", MODEL, 0.0, 16), messages, 0);
  }
}
