/**
 * The {@code openai} LLM provider: OpenAI-compatible chat completions over the Quarkus REST client,
 * configured by {@code OPENAI_BASE_URL} and {@code OPENAI_API_KEY}.
 */
package dev.gradus.activities.openai;
