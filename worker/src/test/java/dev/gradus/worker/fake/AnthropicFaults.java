package dev.gradus.worker.fake;

import java.util.Map;

/**
 * {@link FakeFault}s that answer with Anthropic's error bodies, for {@link FakeAnthropicServer}.
 */
public final class AnthropicFaults {

  private AnthropicFaults() {}

  /** A status with the error type Anthropic sends with it. */
  public static FakeFault error(int status, String message) {
    return error(status, FakeAnthropicWireFormat.errorType(status), message, Map.of());
  }

  /** A status with this error type, message and extra headers. */
  public static FakeFault error(
      int status, String type, String message, Map<String, String> headers) {
    return FakeFault.rawStatus(status, FakeAnthropicWireFormat.error(type, message), headers);
  }

  /** 429 rate_limit_error with {@code retry-after} set to this value (seconds or an HTTP date). */
  public static FakeFault rateLimited(String retryAfter) {
    return error(
        429,
        "rate_limit_error",
        "Number of request tokens has exceeded your per-minute rate limit",
        Map.of("retry-after", retryAfter));
  }

  /** 529 overloaded_error, Anthropic's answer when its servers are busy. */
  public static FakeFault overloaded() {
    return error(529, "Overloaded");
  }

  /** 500 api_error. */
  public static FakeFault apiError() {
    return error(500, "Internal server error");
  }
}
