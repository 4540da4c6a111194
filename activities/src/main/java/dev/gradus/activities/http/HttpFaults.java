package dev.gradus.activities.http;

import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Builds the {@link ProviderException}s of one call to an HTTP provider, so that the activity
 * retries what may succeed later (429, 5xx, timeouts, broken connections, malformed answers) and
 * fails fast on what never will (bad requests, bad keys, bad configuration). Every message names
 * the provider, the model and, for HTTP answers, the status and the vendor's own explanation, with
 * the API key masked out in case a server echoes it back. Each provider extends it with the reading
 * of its own error bodies ({@code forStatus}).
 */
public abstract class HttpFaults {

  private static final int LONGEST_VENDOR_MESSAGE = 500;

  private final String provider;
  private final String model;
  private final String endpoint;
  private final String apiKey;

  /**
   * @param provider the provider's name in specs, e.g. {@code openai}
   * @param endpoint host and port of the server, named in connection errors
   * @param apiKey the configured key, used only to mask it; null when there is none
   */
  public HttpFaults(String provider, String model, String endpoint, String apiKey) {
    this.provider = provider;
    this.model = model;
    this.endpoint = endpoint;
    this.apiKey = apiKey;
  }

  /** The failure for a non-2xx answer, read from the vendor's own error body. */
  public abstract ProviderException forStatus(int status, String body, Duration retryAfter);

  /**
   * What an HTTP status means for retrying, as the vendors' own SDKs treat it: 429 waits, 408, 409
   * and 5xx (Anthropic's 529 "overloaded" included) are transient, 401 and 403 are bad credentials,
   * other 4xx are requests no retry can fix, and a redirect means a wrong base URL.
   */
  public static Kind kindOf(int status) {
    if (status == 429) {
      return Kind.RATE_LIMITED;
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

  /**
   * The failure for a non-2xx answer.
   *
   * @param summary what the status means, with a hint at the setting to check
   * @param retryAfter the delay the server asked for, kept only when the kind is retryable
   * @param vendorMessage the explanation read from the body, or null to quote the raw body
   */
  protected ProviderException forStatus(
      int status,
      Kind kind,
      String summary,
      Duration retryAfter,
      String vendorMessage,
      String body) {
    String message =
        prefix()
            + ": HTTP "
            + status
            + " "
            + summary
            + (retryAfter == null ? "" : " (retry after " + retryAfter + ")")
            + vendorPart(vendorMessage, body);
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

  /** The failure for a 2xx answer that is not a usable reply. */
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

  /** Whether a transport failure was a timeout, anywhere in its cause chain. */
  public static boolean isTimeout(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TimeoutException
          || t instanceof SocketTimeoutException
          || t.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }

  private static String vendorPart(String vendorMessage, String body) {
    String text = vendorMessage;
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

  private static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getMessage();
    return root.getClass().getSimpleName() + (text == null ? "" : ": " + text);
  }

  private String prefix() {
    return provider + " model '" + model + "'";
  }

  private String redact(String text) {
    return apiKey == null || apiKey.isBlank() ? text : text.replace(apiKey, "***");
  }
}
