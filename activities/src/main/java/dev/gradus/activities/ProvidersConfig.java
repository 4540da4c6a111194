package dev.gradus.activities;

import dev.gradus.activities.http.RestClients;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/**
 * Worker settings that apply to every provider, each given per provider or model in one line (see
 * {@link dev.gradus.activities.llm.ModelSettings}). The defaults in {@code
 * META-INF/microprofile-config.properties} read {@code GRADUS_RATE_LIMITS} and {@code
 * GRADUS_PRICES}.
 */
@ConfigMapping(prefix = "gradus.providers")
public interface ProvidersConfig {

  /**
   * Limits shared by every worker of a deployment, e.g. {@code openai/gpt-4o-mini = 5/s, 8
   * concurrent; anthropic = 50/min}.
   */
  @WithName("rate-limits")
  Optional<String> rateLimits();

  /** Prices in USD per million tokens over the shipped ones, e.g. {@code openai = 0 in, 0 out}. */
  Optional<String> prices();

  /**
   * The most connections each HTTP provider keeps open to its endpoint ({@code
   * GRADUS_HTTP_MAX_CONNECTIONS}). The worker sets it to its activity slots: each activity makes
   * one call at a time, and a smaller pool would make calls queue inside the client (BENCHMARKS.md,
   * "Provider calls per second of one worker").
   */
  @WithName("max-connections")
  @WithDefault("" + RestClients.DEFAULT_MAX_CONNECTIONS)
  int maxConnections();
}
