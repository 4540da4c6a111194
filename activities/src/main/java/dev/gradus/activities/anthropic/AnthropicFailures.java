package dev.gradus.activities.anthropic;

import dev.gradus.activities.http.HttpFaults;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import java.time.Duration;

/**
 * Classifies what went wrong with one Messages API call (see {@link HttpFaults}). Anthropic's
 * statuses: 400 invalid_request_error, 401 authentication_error, 403 permission_error, 404
 * not_found_error and 413 request_too_large fail fast; 429 rate_limit_error, 500 api_error, 529
 * overloaded_error and other 5xx retry, after the {@code retry-after} the server names.
 */
public final class AnthropicFailures extends HttpFaults {

  /**
   * @param endpoint host and port of the server, named in connection errors
   * @param apiKey the configured key, used only to mask it; null when there is none
   */
  public AnthropicFailures(String model, String endpoint, String apiKey) {
    super("anthropic", model, endpoint, apiKey);
  }

  /** Names the error's type and message from its body. */
  @Override
  public ProviderException forStatus(int status, String body, Duration retryAfter) {
    Kind kind = HttpFaults.kindOf(status);
    return forStatus(
        status,
        kind,
        summary(status, kind),
        retryAfter,
        AnthropicError.parse(body).describe(),
        body);
  }

  private static String summary(int status, Kind kind) {
    return switch (status) {
      case 400 -> "invalid request";
      case 401 -> "authentication failed (check ANTHROPIC_API_KEY)";
      case 402 -> "billing problem (check the account's plan and credit)";
      case 403 -> "permission denied (check ANTHROPIC_API_KEY and its access to this model)";
      case 404 -> "not found (unknown model, or ANTHROPIC_BASE_URL should not end in /v1)";
      case 413 -> "request too large";
      case 429 -> "rate limited";
      case 529 -> "overloaded";
      default ->
          switch (kind) {
            case UNAVAILABLE -> "server unavailable";
            case TIMEOUT -> "server timed out";
            case CONFIG -> "redirected (set ANTHROPIC_BASE_URL to the final URL)";
            default -> "request rejected";
          };
    };
  }
}
