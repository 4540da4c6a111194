package dev.gradus.worker.openai;

import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.util.List;

/** Requests used by the provider tests. */
final class Conversations {

  static final List<ChatMessage> SENTIMENT =
      List.of(
          ChatMessage.system("Classify the sentiment of the sentence."),
          ChatMessage.user("Input: I loved every minute of it.\nOutput:"));

  private Conversations() {}

  static LlmRequest target(String model, Double temperature, Integer maxTokens) {
    return new LlmRequest(
        "target", new ModelSpec("openai", model, temperature, maxTokens), SENTIMENT, 0);
  }

  static LlmRequest target() {
    return target("gpt-4o-mini", 0.0, 16);
  }
}
