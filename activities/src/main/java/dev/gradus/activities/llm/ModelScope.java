package dev.gradus.activities.llm;

import java.util.Objects;

/**
 * What a worker setting applies to: every model of a provider ({@code openai}), or one model
 * ({@code openai/gpt-4o-mini}). A model name may itself hold slashes and colons, as vLLM's and
 * Ollama's do ({@code openai/meta-llama/Llama-3.1-8B-Instruct}, {@code openai/llama3.1:8b}): only
 * the first slash separates provider from model.
 *
 * @param provider a provider name, e.g. {@code openai}
 * @param model a model name, or null for all of the provider's models
 */
public record ModelScope(String provider, String model) {

  public ModelScope {
    Objects.requireNonNull(provider, "provider");
  }

  /**
   * Reads {@code provider} or {@code provider/model}.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static ModelScope parse(String text) {
    String t = text.strip();
    int slash = t.indexOf('/');
    String provider = slash < 0 ? t : t.substring(0, slash).strip();
    String model = slash < 0 ? null : t.substring(slash + 1).strip();
    if (provider.isEmpty() || !provider.matches("[a-z][a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "\"" + t + "\" does not start with a provider name such as openai or anthropic");
    }
    if (model != null && model.isEmpty()) {
      throw new IllegalArgumentException("\"" + t + "\" names no model after the slash");
    }
    return new ModelScope(provider, model);
  }

  /** Whether a call to this provider and model falls under this scope. */
  public boolean covers(String provider, String model) {
    return this.provider.equals(provider) && (this.model == null || this.model.equals(model));
  }

  /** Whether this scope names one model rather than a whole provider. */
  public boolean isModel() {
    return model != null;
  }

  @Override
  public String toString() {
    return model == null ? provider : provider + "/" + model;
  }
}
