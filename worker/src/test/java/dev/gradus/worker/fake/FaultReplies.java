package dev.gradus.worker.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;

/** What {@link FakeOpenAiServer} does instead of answering, for each {@link FakeFault.Type}. */
final class FaultReplies {

  private FaultReplies() {}

  /** Misbehaves; the caller then closes the exchange, which drops an unanswered connection. */
  static void apply(HttpExchange exchange, RecordedRequest request, FakeFault fault)
      throws IOException {
    switch (fault.type()) {
      case STATUS -> JsonReplies.send(exchange, fault.status(), fault.body(), fault.headers());
      case GARBAGE -> JsonReplies.send(exchange, 200, "<html>upstream hiccup</html>", Map.of());
      case NO_CHOICES ->
          JsonReplies.send(exchange, 200, FakeWireFormat.noChoices(model(request)), Map.of());
      case HANG -> sleep(fault);
      case DROP, OMIT_USAGE -> {}
    }
  }

  private static void sleep(FakeFault fault) {
    try {
      Thread.sleep(fault.hang().toMillis());
    } catch (InterruptedException e) {
      // The server is closing: stop hanging and let the connection drop.
      Thread.currentThread().interrupt();
    }
  }

  private static String model(RecordedRequest request) {
    return request.json() == null ? "" : request.json().path("model").asText("");
  }
}
