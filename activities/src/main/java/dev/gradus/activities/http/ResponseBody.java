package dev.gradus.activities.http;

import jakarta.ws.rs.core.Response;

/** Reads the body of a raw answer. */
public final class ResponseBody {

  private ResponseBody() {}

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
