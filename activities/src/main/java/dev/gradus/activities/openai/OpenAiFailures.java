package dev.gradus.activities.openai;

import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Classifies what went wrong with one call, so that the activity retries what may succeed later
 * (429, 5xx, timeouts, broken connections, malformed answers) and fails fast on what never will
 * (bad requests, bad keys, bad configuration). Every message names the provider, the model and, for
 * HTTP answers, the status and the vendor's own explanation, with the API key masked out in case a
 * server echoes it back.
 */
public final class OpenAiFailures {

  private static final int LONGEST_VENDOR_MESSAGE = 500;

  private final String model;
  private final String endpoint;
  private final String apiKey;

  /**
   * @param endpoint host and port of the server, named in connection errors
   * @param apiKey the configured key, used only to mask it; null when there is none
   */
  public OpenAiFailures(String model, String endpoint, String apiKey) {
    this.model = model;
    this.endpoint = endpoint;
    this.apiKey = apiKey;
  }

  /** The failure for a non-2xx answer. */
  public ProviderException forStatus(int status, String body, Duration retryAfter) {
    VendorError vendor = VendorError.parse(body);
    Kind kind = kindOf(status, vendor);
    String message =
        prefix()
            + ": HTTP "
            + status
            + " "
            + summary(status, kind)
            + (retryAfter == null ? "" : " (retry after " + retryAfter + ")")
            + vendorPart(vendor, body);
    return new ProviderException(kind, redact(message), kind.retryable() ? retryAfter : null, null);
  }

  /** The failure for a call that got no HTTP answer: a timeout, a refused or broken connection. */
  public ProviderException forTransport(Throwable error) {
    boolean timedOut = isTimeout(error);
    Kind kind = timedOut ? Kind.TIMEOUT : Kind.UNAVAILABLE;
    String what = timedOut ? "no answer within the timeout" : "connection failed";
    String message = prefix() + ": " + what + " (" + endpoint + "): " + describe(error);
    return new ProviderException(kind, redact(message), null, error);
  }

  /** The failure for a 2xx answer that is not a usable chat completion. */
  public ProviderException malformed(String problem, Throwable cause) {
    return new ProviderException(
        Kind.MALFORMED_RESPONSE, redact(prefix() + ": malformed answer: " + problem), null, cause);
  }

  /** The failure for settings that cannot work, reported before any call. */
  public ProviderException config(String problem) {
    return new ProviderException(Kind.CONFIG, redact(prefix() + ": " + problem), null, null);
  }

  /** The failure for a request Gradus itself cannot send, such as one naming no model. */
  public ProviderException rejected(String problem) {
    return new ProviderException(Kind.REJECTED, redact(prefix() + ": " + problem), null, null);
  }

  static Kind kindOf(int status, VendorError vendor) {
    if (status == 429) {
      // An exhausted quota also answers 429, but no retry can refill it: fail fast.
      return "insufficient_quota".equals(vendor.code()) ? Kind.AUTH : Kind.RATE_LIMITED;
    }
    if (status == 401 || status == 403) {
      return Kind.AUTH;
    }
    if (status == 408) {
      return Kind.TIMEOUT;
    }
    if (status == 409 || status >= 500) {
      return Kind.UNAVAILABLE;
    }
    if (status >= 400) {
      return Kind.REJECTED;
    }
    // Redirects are not followed for a POST; the base URL should name the final endpoint.
    return status >= 300 ? Kind.CONFIG : Kind.UNAVAILABLE;
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

  private static String vendorPart(VendorError vendor, String body) {
    String text = vendor.message();
    if (text == null && body != null && !body.isBlank()) {
      text = "body: " + body.strip();
    }
    if (text == null) {
      return "";
    }
    return ": "
        + (text.length() > LONGEST_VENDOR_MESSAGE
            ? text.substring(0, LONGEST_VENDOR_MESSAGE) + "..."
            : text);
  }

  static boolean isTimeout(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TimeoutException
          || t instanceof SocketTimeoutException
          || t.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getMessage();
    return root.getClass().getSimpleName() + (text == null ? "" : ": " + text);
  }

  private String prefix() {
    return "openai model '" + model + "'";
  }

  private String redact(String text) {
    return apiKey == null || apiKey.isBlank() ? text : text.replace(apiKey, "***");
  }
}
