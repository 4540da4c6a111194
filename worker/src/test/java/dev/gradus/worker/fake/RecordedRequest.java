package dev.gradus.worker.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as a {@link FakeLlmServer} received it.
 *
 * @param headers header names are case-insensitive
 * @param json the parsed body, or null when it was not JSON
 */
public record RecordedRequest(
    String method, String path, Map<String, List<String>> headers, String body, JsonNode json) {

  /** The first value of a header, or null when absent. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public boolean hasHeader(String name) {
    return headers.containsKey(name);
  }

  /** Reads the whole request, body included. */
  static RecordedRequest read(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    JsonNode json;
    try {
      json = body.isBlank() ? null : FakeWireFormat.JSON.readTree(body);
    } catch (IOException e) {
      json = null;
    }
    return new RecordedRequest(
        exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body, json);
  }
}
