package dev.gradus.worker.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gradus.search.ChatMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port that speaks OpenAI's chat-completions wire
 * format ({@code POST /v1/chat/completions}; any path ending in {@code /chat/completions} works).
 * Replies come from a pluggable {@link ChatResponder}; faults are scripted per request. It counts
 * what it received and what it actually served, so tests can prove which calls were paid for.
 */
public final class FakeOpenAiServer implements AutoCloseable {

  /** Echoes the last message, so that tests see which conversation was answered. */
  public static final ChatResponder ECHO =
      (model, messages) -> "echo: " + messages.get(messages.size() - 1).content();

  private final ChatResponder startResponder;
  private final HttpServer server;
  private final ExecutorService executor;
  private final FaultScript faults = new FaultScript();
  private final AtomicInteger received = new AtomicInteger();
  private final AtomicInteger served = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private final Map<String, AtomicInteger> servedBodies = new ConcurrentHashMap<>();
  private volatile ChatResponder responder;
  private volatile RecordedRequest lastRequest;
  private volatile String requiredApiKey;

  private FakeOpenAiServer(ChatResponder responder) throws IOException {
    this.startResponder = responder;
    this.responder = responder;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // One thread per request, so a hanging request never delays the others.
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-openai");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public static FakeOpenAiServer start() {
    return start(ECHO);
  }

  public static FakeOpenAiServer start(ChatResponder responder) {
    try {
      return new FakeOpenAiServer(responder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake OpenAI server", e);
    }
  }

  /** The base URL to configure as OPENAI_BASE_URL, e.g. {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/v1";
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void responder(ChatResponder responder) {
    this.responder = responder;
  }

  /** Makes the next requests fail with these faults, in order, one fault per request. */
  public void enqueue(FakeFault... faults) {
    this.faults.enqueue(faults);
  }

  /**
   * Once the queue is empty, fails each request with {@code probability}, picking one of {@code
   * faults} from a random source seeded with {@code seed}.
   */
  public void faultRandomly(long seed, double probability, FakeFault... faults) {
    this.faults.randomly(seed, probability, faults);
  }

  /** How many queued faults are still waiting for a request. */
  public int pendingFaults() {
    return faults.pending();
  }

  /** Answers 401 unless the request carries {@code Authorization: Bearer key}; null accepts all. */
  public void requireApiKey(String key) {
    this.requiredApiKey = key;
  }

  /** Chat completions answered with 200 and a real completion: the calls a vendor would bill. */
  public int completionsServed() {
    return served.get();
  }

  /** Requests received and not answered yet: what a client crash right now would leave unpaid. */
  public int inFlight() {
    return received.get() - answered.get();
  }

  /**
   * Completions served for {@code model} whose request body (model, messages, parameters) had
   * already been served once: calls paid twice. Meaningful for a model asked one sample per
   * conversation, such as a target model at temperature 0.
   */
  public int servedAgain(String model) {
    return servedBodies.entrySet().stream()
        .filter(e -> e.getKey().startsWith(model + "\n"))
        .mapToInt(e -> e.getValue().get() - 1)
        .sum();
  }

  /** All requests received, answered or not. */
  public int requestsReceived() {
    return received.get();
  }

  /** The most recent request, or null before the first. */
  public RecordedRequest lastRequest() {
    return lastRequest;
  }

  /**
   * Forgets counters, faults, the last request and the key requirement, and restores the responder
   * the server was started with, so that one server can serve many tests.
   */
  public void reset() {
    faults.clear();
    received.set(0);
    served.set(0);
    answered.set(0);
    servedBodies.clear();
    lastRequest = null;
    requiredApiKey = null;
    responder = startResponder;
  }

  @Override
  public void close() {
    server.stop(0);
    // Interrupts hanging requests, which then drop their connections.
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    received.incrementAndGet();
    try (exchange) {
      respond(exchange);
    } finally {
      answered.incrementAndGet();
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    RecordedRequest request = RecordedRequest.read(exchange);
    lastRequest = request;
    if (!request.method().equals("POST") || !request.path().endsWith("/chat/completions")) {
      JsonReplies.error(exchange, 404, "Unknown path " + request.path());
      return;
    }
    String key = requiredApiKey;
    if (key != null && !("Bearer " + key).equals(request.header("Authorization"))) {
      JsonReplies.error(exchange, 401, "Incorrect API key provided");
      return;
    }
    FakeFault fault = faults.next();
    if (fault != null && !fault.type().equals(FakeFault.Type.OMIT_USAGE)) {
      FaultReplies.apply(exchange, request, fault);
      return;
    }
    complete(exchange, request, fault == null);
  }

  private void complete(HttpExchange exchange, RecordedRequest request, boolean usage)
      throws IOException {
    JsonNode json = request.json();
    if (json == null || !json.path("model").isTextual() || !json.path("messages").isArray()) {
      JsonReplies.error(exchange, 400, "model and messages are required");
      return;
    }
    String model = json.path("model").asText();
    List<ChatMessage> messages = FakeWireFormat.messages(json);
    String reply;
    try {
      reply = responder.reply(model, messages);
    } catch (RuntimeException e) {
      JsonReplies.error(exchange, 500, "responder failed: " + e);
      return;
    }
    String completion = FakeWireFormat.completion(model, messages, reply, usage);
    // Counted before it is sent, as a vendor bills a completion it generated, and so that a client
    // that has its answer always finds it counted.
    served.incrementAndGet();
    servedBodies
        .computeIfAbsent(model + "\n" + request.body(), b -> new AtomicInteger())
        .incrementAndGet();
    JsonReplies.send(exchange, 200, completion, Map.of());
  }
}
