package dev.gradus.activities.anthropic;

import dev.gradus.activities.http.BaseUrl;
import dev.gradus.activities.http.HttpEndpoint;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings of one {@link AnthropicProvider}, as a plain value so that the provider can be built
 * without CDI (tests, tools). {@link #toString()} hides the key, so logging a settings object can
 * never leak it.
 *
 * @param baseUrl the API's base URL, without {@code /v1}; a trailing slash is ignored
 * @param apiKey the key sent as {@code x-api-key}, or null or blank to send none (a gateway that
 *     adds its own)
 * @param timeout how long one call may wait for its answer
 * @param connectTimeout how long opening a connection may take
 */
public record AnthropicSettings(
    String baseUrl, String apiKey, Duration timeout, Duration connectTimeout)
    implements HttpEndpoint {

  /** Anthropic's own endpoint, the default when {@code ANTHROPIC_BASE_URL} is unset. */
  public static final String ANTHROPIC_BASE_URL = "https://api.anthropic.com";

  private static final String ANTHROPIC_HOST = "api.anthropic.com";

  public static AnthropicSettings from(AnthropicConfig config) {
    return new AnthropicSettings(
        config.baseUrl(), config.apiKey().orElse(null), config.timeout(), config.connectTimeout());
  }

  /** Settings with the default timeouts. */
  public static AnthropicSettings of(String baseUrl, String apiKey) {
    return new AnthropicSettings(baseUrl, apiKey, Duration.ofSeconds(60), Duration.ofSeconds(10));
  }

  /**
   * Why these settings cannot work, checked before any call so that a misconfigured worker fails
   * fast instead of retrying; empty when they look usable.
   */
  public Optional<String> problem() {
    Optional<String> url =
        BaseUrl.problem(
            baseUrl, "ANTHROPIC_BASE_URL (gradus.anthropic.base-url)", ANTHROPIC_BASE_URL);
    if (url.isPresent()) {
      return url;
    }
    if (!hasKey() && BaseUrl.isHost(baseUrl, ANTHROPIC_HOST)) {
      return Optional.of(
          "no API key for "
              + ANTHROPIC_HOST
              + ": set ANTHROPIC_API_KEY in the worker's environment");
    }
    return timeoutProblem();
  }

  @Override
  public String settingsPrefix() {
    return "gradus.anthropic";
  }

  @Override
  public String toString() {
    return describe("AnthropicSettings", "");
  }
}
