package dev.gradus.activities.llm;

/**
 * One LLM vendor's API. Implementations make exactly one provider call per {@link #complete} and
 * report faults as {@link ProviderException}s, so the activity decides what Temporal retries.
 */
public interface LlmProvider {

  /** The provider name used in specs: openai, anthropic, sim. */
  String name();

  /**
   * Makes one call.
   *
   * @throws ProviderException for every failure, classified as retryable or not
   */
  LlmResponse complete(LlmRequest request);
}
