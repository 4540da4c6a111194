package dev.gradus.activities.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.activities.http.HttpFaults;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.TokenEstimate;
import dev.gradus.search.ChatMessage;
import java.util.List;

/**
 * Turns a 2xx body into an {@link LlmResponse}. A body that is not a message is a retryable
 * MALFORMED_RESPONSE, never an empty answer, because an answer the model did not give must not be
 * scored.
 */
public final class MessagesReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final HttpFaults failures;

  public MessagesReader(HttpFaults failures) {
    this.failures = failures;
  }

  /**
   * Joins the text blocks of the answer, in order. Prompt tokens are the input tokens plus any read
   * from or written to Anthropic's prompt cache; a missing count is estimated.
   *
   * @param prompt the messages that were sent, for estimating prompt tokens
   */
  public LlmResponse read(String body, List<ChatMessage> prompt) {
    if (body == null || body.isBlank()) {
      throw failures.malformed("empty body", null);
    }
    MessagesResponse response;
    try {
      response = JSON.readValue(body, MessagesResponse.class);
    } catch (JsonProcessingException e) {
      throw failures.malformed("not a Messages API JSON object", e);
    }
    if (response == null || response.content() == null) {
      String vendor = AnthropicError.parse(body).describe();
      throw failures.malformed("no content" + (vendor == null ? "" : ": " + vendor), null);
    }
    // No text at all (a refusal, or every token spent on thinking) is a real answer with no text:
    // it is scored as what the model said, not retried.
    StringBuilder text = new StringBuilder();
    for (MessagesResponse.Block block : response.content()) {
      if (block != null && "text".equals(block.type()) && block.text() != null) {
        text.append(block.text());
      }
    }
    String reply = text.toString();
    MessagesResponse.Usage usage = response.usage();
    long promptTokens =
        usage != null && usage.inputTokens() != null
            ? usage.inputTokens()
                + orZero(usage.cacheCreationInputTokens())
                + orZero(usage.cacheReadInputTokens())
            : TokenEstimate.of(prompt);
    long completionTokens =
        usage != null && usage.outputTokens() != null
            ? usage.outputTokens()
            : TokenEstimate.of(reply);
    return new LlmResponse(reply, promptTokens, completionTokens);
  }

  private static long orZero(Long count) {
    return count == null ? 0 : count;
  }
}
