package dev.gradus.activities.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradus.search.ChatMessage;
import java.util.List;

/**
 * The body of {@code POST /chat/completions}. Unset optional fields are left out rather than sent
 * as null, because some compatible servers reject explicit nulls.
 *
 * @param maxTokens the most completion tokens, or null for the server's default
 * @param seed a sampling seed, or null to let the server choose
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionRequest(
    @JsonProperty("model") String model,
    @JsonProperty("messages") List<ChatMessage> messages,
    @JsonProperty("temperature") Double temperature,
    @JsonProperty("max_tokens") Integer maxTokens,
    @JsonProperty("seed") Integer seed) {}
