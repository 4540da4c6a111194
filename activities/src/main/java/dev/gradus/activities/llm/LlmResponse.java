package dev.gradus.activities.llm;

/**
 * A model's reply to one call.
 *
 * @param promptTokens as the provider reported them, or estimated when it reports none
 */
public record LlmResponse(String text, long promptTokens, long completionTokens) {}
