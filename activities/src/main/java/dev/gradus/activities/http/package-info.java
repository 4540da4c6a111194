/**
 * What the HTTP providers ({@code openai}, {@code anthropic}) share: the REST client setup, the key
 * header that never shows in logs, base-URL checks, Retry-After parsing and the classification of
 * failed calls into retryable and permanent {@link dev.gradus.activities.llm.ProviderException}s.
 */
package dev.gradus.activities.http;
