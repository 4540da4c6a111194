/**
 * The {@code anthropic} LLM provider: Anthropic's Messages API ({@code POST /v1/messages}) over the
 * Quarkus REST client, configured by {@code ANTHROPIC_API_KEY} and {@code ANTHROPIC_BASE_URL}.
 */
package dev.gradus.activities.anthropic;
