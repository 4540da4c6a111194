package dev.gradus.worker.fake;

import java.time.Duration;
import java.util.Map;

/**
 * One misbehaviour of a {@link FakeLlmServer} for one request. Build faults with the factories (the
 * status factories here write OpenAI-style error bodies; {@link AnthropicFaults} writes
 * Anthropic's) and script them with {@link FakeLlmServer#enqueue} or {@link
 * FakeLlmServer#faultRandomly}.
 *
 * @param status the HTTP status for {@link Type#STATUS}
 * @param body the response body for {@link Type#STATUS}
 * @param headers extra response headers for {@link Type#STATUS}, e.g. Retry-After
 * @param hang how long a {@link Type#HANG} stalls before closing the connection unanswered
 */
public record FakeFault(
    Type type, int status, String body, Map<String, String> headers, Duration hang) {

  /** What the server does instead of answering normally. */
  public enum Type {
    /** Answers the given status, body and headers. */
    STATUS,
    /** Answers 200 with a body that is not JSON. */
    GARBAGE,
    /** Answers 200 with JSON that has no answer: no choices, or no content for Anthropic. */
    NO_CHOICES,
    /** Answers a normal completion without the usage object, as some Ollama builds do. */
    OMIT_USAGE,
    /** Reads the request, then waits without answering. */
    HANG,
    /** Closes the connection without answering. */
    DROP
  }

  /** A status with an OpenAI-style error body carrying {@code message}. */
  public static FakeFault status(int status, String message) {
    return status(status, message, Map.of());
  }

  /** A status with an OpenAI-style error body and extra headers. */
  public static FakeFault status(int status, String message, Map<String, String> headers) {
    return rawStatus(status, FakeWireFormat.error(message, null), headers);
  }

  /** A status with exactly this body, e.g. an HTML page from a proxy. */
  public static FakeFault rawStatus(int status, String body, Map<String, String> headers) {
    return new FakeFault(Type.STATUS, status, body, Map.copyOf(headers), null);
  }

  /** 429 with {@code Retry-After} set to this header value (seconds or an HTTP date). */
  public static FakeFault rateLimited(String retryAfter) {
    return status(429, "Rate limit reached", Map.of("Retry-After", retryAfter));
  }

  /** 429 with OpenAI's {@code retry-after-ms} header. */
  public static FakeFault rateLimitedMillis(long retryAfterMs) {
    return status(429, "Rate limit reached", Map.of("retry-after-ms", Long.toString(retryAfterMs)));
  }

  public static FakeFault serverError() {
    return status(500, "The server had an error while processing your request");
  }

  public static FakeFault unauthorized() {
    return status(401, "Incorrect API key provided");
  }

  public static FakeFault garbage() {
    return new FakeFault(Type.GARBAGE, 200, null, Map.of(), null);
  }

  public static FakeFault noChoices() {
    return new FakeFault(Type.NO_CHOICES, 200, null, Map.of(), null);
  }

  public static FakeFault omitUsage() {
    return new FakeFault(Type.OMIT_USAGE, 200, null, Map.of(), null);
  }

  /** Stalls for {@code duration} (or until the server closes), then drops the connection. */
  public static FakeFault hang(Duration duration) {
    return new FakeFault(Type.HANG, 0, null, Map.of(), duration);
  }

  public static FakeFault drop() {
    return new FakeFault(Type.DROP, 0, null, Map.of(), null);
  }
}
