package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One model at one provider. Endpoints and keys are worker configuration and never appear here, so
 * that no secret enters workflow history.
 *
 * @param provider {@code openai}, {@code anthropic} or {@code sim}
 * @param maxTokens the most completion tokens one call may produce
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelSpec(String provider, String model, Double temperature, Integer maxTokens) {

  public double temperatureOrDefault() {
    return temperature == null ? 0.0 : temperature;
  }
}
