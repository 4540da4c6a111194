package dev.gradus.activities.llm;

import java.time.Duration;

/**
 * A failed provider call, classified so that the activity can retry what may succeed later and fail
 * fast on what never will. Messages name the provider, model and cause, never a key.
 */
public class ProviderException extends RuntimeException {

  /** What went wrong, and so whether retrying can help. */
  public enum Kind {
    RATE_LIMITED(true),
    UNAVAILABLE(true),
    TIMEOUT(true),
    MALFORMED_RESPONSE(true),
    AUTH(false),
    REJECTED(false),
    CONFIG(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  private final Kind kind;
  private final Duration retryAfter;

  public ProviderException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public ProviderException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The delay the provider asked for (Retry-After), or null when it named none. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
