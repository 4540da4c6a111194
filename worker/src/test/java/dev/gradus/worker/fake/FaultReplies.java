package dev.gradus.worker.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/** What a {@link FakeLlmServer} does instead of answering, for each {@link FakeFault.Type}. */
final class FaultReplies {

  private FaultReplies() {}

  /**
   * Misbehaves; the caller then closes the exchange, which drops an unanswered connection.
   *
   * @param noAnswer the server's 200 body without an answer, for {@link FakeFault.Type#NO_CHOICES}
   */
  static void apply(HttpExchange exchange, FakeFault fault, Supplier<String> noAnswer)
      throws IOException {
    switch (fault.type()) {
      case STATUS -> JsonReplies.send(exchange, fault.status(), fault.body(), fault.headers());
      case GARBAGE -> JsonReplies.send(exchange, 200, "<html>upstream hiccup</html>", Map.of());
      case NO_CHOICES -> JsonReplies.send(exchange, 200, noAnswer.get(), Map.of());
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
}
