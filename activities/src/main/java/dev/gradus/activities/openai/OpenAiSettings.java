package dev.gradus.activities.openai;

import dev.gradus.activities.http.BaseUrl;
import dev.gradus.activities.http.HttpEndpoint;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings of one {@link OpenAiProvider}, as a plain value so that the provider can be built
 * without CDI (tests, tools). {@link #toString()} hides the key, so logging a settings object can
 * never leak it.
 *
 * @param baseUrl the chat-completions base URL; a trailing slash is ignored
 * @param apiKey the bearer key, or null or blank when the server needs none
 * @param timeout how long one call may wait for its answer
 * @param connectTimeout how long opening a connection may take
 * @param sendSeed whether to send the sample index as {@code seed}
 */
public record OpenAiSettings(
    String baseUrl, String apiKey, Duration timeout, Duration connectTimeout, boolean sendSeed)
    implements HttpEndpoint {

  /** OpenAI's own endpoint, the default when {@code OPENAI_BASE_URL} is unset. */
  public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";

  private static final String OPENAI_HOST = "api.openai.com";

  public static OpenAiSettings from(OpenAiConfig config) {
    return new OpenAiSettings(
        config.baseUrl(),
        config.apiKey().orElse(null),
        config.timeout(),
        config.connectTimeout(),
        config.sendSeed());
  }

  /** Settings for a local server that needs no key, with the default timeouts. */
  public static OpenAiSettings local(String baseUrl) {
    return new OpenAiSettings(baseUrl, null, Duration.ofSeconds(60), Duration.ofSeconds(10), true);
  }

  /**
   * Why these settings cannot work, checked before any call so that a misconfigured worker fails
   * fast instead of retrying; empty when they look usable.
   */
  public Optional<String> problem() {
    Optional<String> url =
        BaseUrl.problem(baseUrl, "OPENAI_BASE_URL (gradus.openai.base-url)", OPENAI_BASE_URL);
    if (url.isPresent()) {
      return url;
    }
    if (!hasKey() && BaseUrl.isHost(baseUrl, OPENAI_HOST)) {
      return Optional.of(
          "no API key for "
              + OPENAI_HOST
              + ": set OPENAI_API_KEY in the worker's environment"
              + " (or OPENAI_BASE_URL to a local server that needs none)");
    }
    return timeoutProblem();
  }

  @Override
  public String settingsPrefix() {
    return "gradus.openai";
  }

  @Override
  public String toString() {
    return describe("OpenAiSettings", ", sendSeed=" + sendSeed);
  }
}
