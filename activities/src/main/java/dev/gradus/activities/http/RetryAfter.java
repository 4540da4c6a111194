package dev.gradus.activities.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads how long a server asks us to wait, so that Temporal's next retry honours it instead of
 * hammering a rate-limited endpoint. OpenAI sends {@code retry-after-ms}, which is more precise
 * than {@code Retry-After} and so wins when both are present; {@code Retry-After} (what Anthropic
 * sends) is either delay-seconds or an HTTP date (RFC 9110).
 */
public final class RetryAfter {

  /** A cap that keeps a nonsensical header from parking a run for ever or overflowing. */
  static final Duration LONGEST = Duration.ofDays(1);

  private RetryAfter() {}

  /** The delay an HTTP answer asks for, from either header, or null when it names none. */
  public static Duration of(Response response, Instant now) {
    return parse(
        response.getHeaderString(HttpHeaders.RETRY_AFTER),
        response.getHeaderString("retry-after-ms"),
        now);
  }

  /**
   * The requested delay, or null when neither header is present or readable.
   *
   * @param retryAfter the {@code Retry-After} header value, or null
   * @param retryAfterMs the {@code retry-after-ms} header value, or null
   * @param now the current time, against which an HTTP date is measured
   */
  public static Duration parse(String retryAfter, String retryAfterMs, Instant now) {
    Duration millis = number(retryAfterMs, 1);
    if (millis != null) {
      return millis;
    }
    Duration seconds = number(retryAfter, 1000);
    return seconds != null ? seconds : httpDate(retryAfter, now);
  }

  private static Duration number(String value, double millisPerUnit) {
    if (value == null || value.isBlank()) {
      return null;
    }
    double amount;
    try {
      amount = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
    if (Double.isNaN(amount) || amount < 0) {
      return null;
    }
    double millis = amount * millisPerUnit;
    return millis >= LONGEST.toMillis() ? LONGEST : Duration.ofMillis(Math.round(millis));
  }

  private static Duration httpDate(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      Instant at =
          ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      if (wait.isNegative()) {
        return Duration.ZERO;
      }
      return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
