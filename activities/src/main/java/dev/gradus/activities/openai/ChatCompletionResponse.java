package dev.gradus.activities.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The parts of a chat-completions answer that Gradus reads. Everything else (ids, logprobs, vendor
 * extensions) is ignored, so that any compatible server's answer parses.
 *
 * @param usage token counts, absent from some Ollama and llama.cpp answers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatCompletionResponse(
    @JsonProperty("choices") List<Choice> choices, @JsonProperty("usage") Usage usage) {

  /** One alternative answer; Gradus asks for one and reads the first. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Choice(
      @JsonProperty("message") Message message,
      @JsonProperty("finish_reason") String finishReason) {}

  /** The assistant's message; {@code content} is null when the model produced no text. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Message(
      @JsonProperty("role") String role, @JsonProperty("content") String content) {}

  /** Token counts as the server reports them; either may be missing. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Usage(
      @JsonProperty("prompt_tokens") Long promptTokens,
      @JsonProperty("completion_tokens") Long completionTokens) {}
}
