package dev.gradus.activities.http;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Supplier;

/** Reads the body of a raw answer. */
public final class ResponseBody {

  private ResponseBody() {}

  /**
   * Sends one request and returns the body of its 2xx answer. Everything else becomes the
   * provider's failure: a transport error, a body that breaks off, or a non-2xx status with the
   * server's Retry-After.
   */
  public static String ofSuccess(Supplier<Response> send, HttpFaults faults) {
    Response response;
    try {
      response = send.get();
    } catch (RuntimeException e) {
      throw faults.forTransport(e);
    }
    try (response) {
      String text = read(response, faults);
      int status = response.getStatus();
      if (status / 100 == 2) {
        return text;
      }
      throw faults.forStatus(status, text, RetryAfter.of(response, Instant.now()));
    }
  }

  /**
   * The whole body as text, or empty when there is none.
   *
   * @throws dev.gradus.activities.llm.ProviderException when the headers arrived but the body broke
   *     off: the same as a dropped connection, and retried as one
   */
  public static String read(Response response, HttpFaults faults) {
    if (!response.hasEntity()) {
      return "";
    }
    try {
      return response.readEntity(String.class);
    } catch (RuntimeException e) {
      throw faults.forTransport(e);
    }
  }
}
