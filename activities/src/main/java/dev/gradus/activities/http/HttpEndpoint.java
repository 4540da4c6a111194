package dev.gradus.activities.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Where an HTTP provider sends its calls and with which key and timeouts: what the settings of
 * every HTTP provider have in common, with the checks and the secret-free descriptions they share.
 * The providers' settings records implement it with their own components.
 */
public interface HttpEndpoint {

  /** The API's base URL as configured; a trailing slash is ignored. */
  String baseUrl();

  /** The key, or null or blank when none is sent. */
  String apiKey();

  /** How long one call may wait for its answer. */
  Duration timeout();

  /** How long opening a connection may take. */
  Duration connectTimeout();

  /** The provider's configuration prefix, e.g. {@code gradus.openai}, for errors. */
  String settingsPrefix();

  default boolean hasKey() {
    return apiKey() != null && !apiKey().isBlank();
  }

  /** The base URL without trailing slashes, so that appending a path never yields {@code //}. */
  default String normalizedBaseUrl() {
    return BaseUrl.normalize(baseUrl());
  }

  /** Host and port only: enough to name the server in an error, never credentials or paths. */
  default String endpointLabel() {
    return BaseUrl.label(baseUrl());
  }

  /** Why the timeouts cannot work, or empty when both are positive. */
  default Optional<String> timeoutProblem() {
    if (timeout() == null || timeout().isNegative() || timeout().isZero()) {
      return Optional.of(settingsPrefix() + ".timeout must be positive");
    }
    if (connectTimeout() == null || connectTimeout().isNegative() || connectTimeout().isZero()) {
      return Optional.of(settingsPrefix() + ".connect-timeout must be positive");
    }
    return Optional.empty();
  }

  /**
   * The settings for logs: the endpoint label, not the URL (which may carry credentials in its user
   * info), and whether a key is set, never the key.
   */
  default String describe(String type, String more) {
    return type
        + "[endpoint="
        + endpointLabel()
        + ", apiKey="
        + (hasKey() ? "***" : "none")
        + ", timeout="
        + timeout()
        + ", connectTimeout="
        + connectTimeout()
        + more
        + "]";
  }
}
