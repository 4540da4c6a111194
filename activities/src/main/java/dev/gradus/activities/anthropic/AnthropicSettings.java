package dev.gradus.activities.anthropic;

import dev.gradus.activities.http.BaseUrl;
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
    String baseUrl, String apiKey, Duration timeout, Duration connectTimeout) {

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

  public boolean hasKey() {
    return apiKey != null && !apiKey.isBlank();
  }

  /** The base URL without trailing slashes, so that appending a path never yields {@code //}. */
  public String normalizedBaseUrl() {
    return BaseUrl.normalize(baseUrl);
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
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      return Optional.of("gradus.anthropic.timeout must be positive");
    }
    if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
      return Optional.of("gradus.anthropic.connect-timeout must be positive");
    }
    return Optional.empty();
  }

  /** Host and port only: enough to name the server in an error, never credentials or paths. */
  public String endpointLabel() {
    return BaseUrl.label(baseUrl);
  }

  @Override
  public String toString() {
    // The endpoint label, not the URL, because a URL may carry credentials in its user info.
    return "AnthropicSettings[endpoint="
        + endpointLabel()
        + ", apiKey="
        + (hasKey() ? "***" : "none")
        + ", timeout="
        + timeout
        + ", connectTimeout="
        + connectTimeout
        + "]";
  }
}
