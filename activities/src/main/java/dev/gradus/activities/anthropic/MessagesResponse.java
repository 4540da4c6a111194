package dev.gradus.activities.anthropic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The parts of a Messages API answer that Gradus reads; ids, the echoed model and anything added
 * later are ignored.
 *
 * @param content the answer's blocks: text, and others (thinking, tool use) that Gradus skips
 * @param stopReason end_turn, max_tokens, stop_sequence, refusal, ...
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessagesResponse(
    @JsonProperty("type") String type,
    @JsonProperty("content") List<Block> content,
    @JsonProperty("stop_reason") String stopReason,
    @JsonProperty("usage") Usage usage) {

  /** One content block; {@code text} is set for {@code type: text}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Block(@JsonProperty("type") String type, @JsonProperty("text") String text) {}

  /**
   * Token counts. {@code input_tokens} leaves out the prompt tokens written to or read from
   * Anthropic's prompt cache, which are counted apart; Gradus asks for no prompt caching, so those
   * are normally absent.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Usage(
      @JsonProperty("input_tokens") Long inputTokens,
      @JsonProperty("output_tokens") Long outputTokens,
      @JsonProperty("cache_creation_input_tokens") Long cacheCreationInputTokens,
      @JsonProperty("cache_read_input_tokens") Long cacheReadInputTokens) {}
}
