package dev.gradus.activities.openai;

import dev.gradus.activities.http.HttpFaults;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import java.time.Duration;

/**
 * Classifies what went wrong with one call to an OpenAI-compatible server (see {@link HttpFaults}),
 * reading the error bodies those servers send ({@link VendorError}).
 */
public final class OpenAiFailures extends HttpFaults {

  /**
   * @param endpoint host and port of the server, named in connection errors
   * @param apiKey the configured key, used only to mask it; null when there is none
   */
  public OpenAiFailures(String model, String endpoint, String apiKey) {
    super("openai", model, endpoint, apiKey);
  }

  @Override
  public ProviderException forStatus(int status, String body, Duration retryAfter) {
    VendorError vendor = VendorError.parse(body);
    Kind kind = kindOf(status, vendor);
    return forStatus(status, kind, summary(status, kind), retryAfter, vendor.message(), body);
  }

  static Kind kindOf(int status, VendorError vendor) {
    // An exhausted quota also answers 429, but no retry can refill it: fail fast.
    if (status == 429 && "insufficient_quota".equals(vendor.code())) {
      return Kind.AUTH;
    }
    return HttpFaults.kindOf(status);
  }

  private static String summary(int status, Kind kind) {
    return switch (status) {
      case 401 -> "authentication failed (check OPENAI_API_KEY)";
      case 403 -> "access denied (check OPENAI_API_KEY and its permissions)";
      case 404 -> "not found (unknown model, or OPENAI_BASE_URL lacks a path such as /v1)";
      case 429 -> kind == Kind.AUTH ? "quota exhausted" : "rate limited";
      default ->
          switch (kind) {
            case UNAVAILABLE -> "server unavailable";
            case TIMEOUT -> "server timed out";
            case CONFIG -> "redirected (set OPENAI_BASE_URL to the final URL)";
            default -> "request rejected";
          };
    };
  }
}
