package dev.gradus.activities.anthropic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradus.activities.http.HttpFaults;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /v1/messages}. Unset optional fields are left out rather than sent as
 * null.
 *
 * @param maxTokens required by the API; the model spec's {@code maxTokens} or {@link
 *     #DEFAULT_MAX_TOKENS}
 * @param system the system prompt, which the Messages API takes apart from the turns; null for none
 * @param messages the user and assistant turns, in order
 * @param temperature null for the API's default
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessagesRequest(
    @JsonProperty("model") String model,
    @JsonProperty("max_tokens") int maxTokens,
    @JsonProperty("system") String system,
    @JsonProperty("messages") List<Message> messages,
    @JsonProperty("temperature") Double temperature) {

  /**
   * The completion tokens asked for when the spec names no {@code maxTokens}. A constant, not a
   * worker setting, because it shapes answers and the response cache keys answers by the spec.
   */
  public static final int DEFAULT_MAX_TOKENS = 1024;

  /** One turn; the API also accepts content blocks, but Gradus sends plain text. */
  public record Message(
      @JsonProperty("role") String role, @JsonProperty("content") String content) {}

  /**
   * The request for a conversation: system messages, wherever they are, are joined (by a blank
   * line) into the top-level {@code system}; user and assistant messages become the turns.
   *
   * @throws dev.gradus.activities.llm.ProviderException REJECTED for a conversation the API cannot
   *     take: another role, or no user or assistant message at all
   */
  public static MessagesRequest of(
      ModelSpec spec, List<ChatMessage> conversation, HttpFaults faults) {
    List<String> system = new ArrayList<>();
    List<Message> turns = new ArrayList<>();
    for (ChatMessage message : conversation) {
      String role = message.role() == null ? "" : message.role();
      String content = message.content() == null ? "" : message.content();
      switch (role) {
        case "system" -> system.add(content);
        case "user", "assistant" -> turns.add(new Message(role, content));
        default ->
            throw faults.rejected(
                "the Messages API has no role \""
                    + role
                    + "\" (it takes system, user and assistant)");
      }
    }
    if (turns.isEmpty()) {
      throw faults.rejected("the Messages API needs at least one user or assistant message");
    }
    return new MessagesRequest(
        spec.model(),
        spec.maxTokens() == null ? DEFAULT_MAX_TOKENS : spec.maxTokens(),
        system.isEmpty() ? null : String.join("\n\n", system),
        List.copyOf(turns),
        spec.temperature());
  }
}
