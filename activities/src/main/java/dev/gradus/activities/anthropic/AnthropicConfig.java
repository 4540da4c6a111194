package dev.gradus.activities.anthropic;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Worker configuration of the {@code anthropic} provider. The defaults in {@code
 * META-INF/microprofile-config.properties} read {@code ANTHROPIC_BASE_URL} and {@code
 * ANTHROPIC_API_KEY}, as Anthropic's official SDKs do, so a worker needs no Gradus-specific
 * settings.
 */
@ConfigMapping(prefix = "gradus.anthropic")
public interface AnthropicConfig {

  /** The API's base URL, without {@code /v1}, e.g. {@code https://api.anthropic.com}. */
  @WithDefault(AnthropicSettings.ANTHROPIC_BASE_URL)
  String baseUrl();

  /** The key sent as {@code x-api-key}; required for api.anthropic.com. */
  Optional<String> apiKey();

  /** How long one call may wait for its answer before it is abandoned as a TIMEOUT. */
  @WithDefault("60s")
  Duration timeout();

  /** How long opening a connection may take. */
  @WithDefault("10s")
  Duration connectTimeout();
}
