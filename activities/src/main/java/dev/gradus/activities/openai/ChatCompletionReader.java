package dev.gradus.activities.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.TokenEstimate;
import dev.gradus.search.ChatMessage;
import java.util.List;

/**
 * Turns a 2xx body into an {@link LlmResponse}. A body that is not a chat completion is a retryable
 * MALFORMED_RESPONSE, never an empty answer, because an answer the model did not give must not be
 * scored.
 */
public final class ChatCompletionReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final OpenAiFailures failures;

  public ChatCompletionReader(OpenAiFailures failures) {
    this.failures = failures;
  }

  /**
   * Reads the first choice. Missing token counts are estimated from the prompt and the reply.
   *
   * @param prompt the messages that were sent, for estimating prompt tokens
   */
  public LlmResponse read(String body, List<ChatMessage> prompt) {
    if (body == null || body.isBlank()) {
      throw failures.malformed("empty body", null);
    }
    ChatCompletionResponse response;
    try {
      response = JSON.readValue(body, ChatCompletionResponse.class);
    } catch (JsonProcessingException e) {
      throw failures.malformed("not a chat-completions JSON object", e);
    }
    if (response == null || response.choices() == null || response.choices().isEmpty()) {
      VendorError vendor = VendorError.parse(body);
      throw failures.malformed(
          "no choices" + (vendor.message() == null ? "" : ": " + vendor.message()), null);
    }
    ChatCompletionResponse.Choice first = response.choices().get(0);
    if (first == null || first.message() == null) {
      throw failures.malformed("the first choice has no message", null);
    }
    // Null content is a real answer with no text (e.g. a refusal, or all tokens spent on
    // reasoning): it is scored as what the model said, not retried.
    String text = first.message().content() == null ? "" : first.message().content();
    ChatCompletionResponse.Usage usage = response.usage();
    long promptTokens =
        usage != null && usage.promptTokens() != null
            ? usage.promptTokens()
            : TokenEstimate.of(prompt);
    long completionTokens =
        usage != null && usage.completionTokens() != null
            ? usage.completionTokens()
            : TokenEstimate.of(text);
    return new LlmResponse(text, promptTokens, completionTokens);
  }
}
