package dev.gradus.worker.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gradus.search.ChatMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port that plays an LLM vendor's API. Replies
 * come from a pluggable {@link ChatResponder}; faults are scripted per request. It counts what it
 * received and what it actually served, so tests can prove which calls were paid for. Subclasses
 * speak one vendor's wire format: {@link FakeOpenAiServer}, {@link FakeAnthropicServer}.
 */
public abstract class FakeLlmServer implements AutoCloseable {

  static {
    // The JDK's server leaves Nagle's algorithm on and writes an answer's headers and body apart,
    // so the body waits for the client's delayed ACK of the headers: up to 40 ms per answer on
    // Linux, which a vendor's server does not add. The JDK reads this once, when its first server
    // starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** Echoes the last message, so that tests see which conversation was answered. */
  public static final ChatResponder ECHO =
      (model, messages) -> "echo: " + messages.get(messages.size() - 1).content();

  /**
   * A request's model and conversation as the responder sees it: system prompts first, as messages,
   * whichever way the wire format carries them.
   */
  protected record Chat(String model, List<ChatMessage> messages) {}

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
  private volatile Duration latency = Duration.ZERO;

  /** Starts serving at once. */
  protected FakeLlmServer(String threadName, ChatResponder responder) {
    this.startResponder = responder;
    this.responder = responder;
    try {
      this.server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake " + threadName + " server", e);
    }
    // One thread per request, so a hanging or slow request never delays the others: a cached pool
    // has no bound, and idle threads die after a minute.
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, threadName);
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL a provider is configured with. */
  public abstract String baseUrl();

  /** Whether the request is addressed to the completion endpoint. */
  protected abstract boolean isEndpoint(RecordedRequest request);

  /** Whether the request carries {@code key} the way the vendor expects it. */
  protected abstract boolean carriesKey(RecordedRequest request, String key);

  /**
   * The request's model and conversation.
   *
   * @throws IllegalArgumentException with the vendor's wording when the vendor would answer 400
   */
  protected abstract Chat chat(RecordedRequest request);

  /** The 200 body for a reply; without {@code usage}, the token counts are left out. */
  protected abstract String completion(Chat chat, String reply, boolean usage);

  /** A 200 body that is JSON but carries no answer (for {@link FakeFault.Type#NO_CHOICES}). */
  protected abstract String noAnswer(String model);

  /** An error body in the vendor's shape. */
  protected abstract String errorBody(int status, String message);

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

  /**
   * Holds each completion for {@code latency} before it is sent, as a vendor takes time to generate
   * it; faults and error answers are not delayed. Each request waits on its own thread, so requests
   * overlap: a client with N calls in flight gets N answers per {@code latency}.
   */
  public void latency(Duration latency) {
    this.latency = latency;
  }

  /** Answers 401 unless the request carries this key; null accepts all. */
  public void requireApiKey(String key) {
    this.requiredApiKey = key;
  }

  /** Completions answered with 200 and a real answer: the calls a vendor would bill. */
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
   * Forgets counters, faults, the last request, the key requirement and the latency, and restores
   * the responder the server was started with, so that one server can serve many tests.
   */
  public void reset() {
    faults.clear();
    received.set(0);
    served.set(0);
    answered.set(0);
    servedBodies.clear();
    lastRequest = null;
    requiredApiKey = null;
    latency = Duration.ZERO;
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
    if (!request.method().equals("POST") || !isEndpoint(request)) {
      error(exchange, 404, "Unknown path " + request.path());
      return;
    }
    String key = requiredApiKey;
    if (key != null && !carriesKey(request, key)) {
      error(exchange, 401, "Incorrect API key provided");
      return;
    }
    FakeFault fault = faults.next();
    if (fault != null && !fault.type().equals(FakeFault.Type.OMIT_USAGE)) {
      FaultReplies.apply(exchange, fault, () -> noAnswer(model(request)));
      return;
    }
    complete(exchange, request, fault == null);
  }

  private void complete(HttpExchange exchange, RecordedRequest request, boolean usage)
      throws IOException {
    Chat chat;
    try {
      chat = chat(request);
    } catch (IllegalArgumentException e) {
      error(exchange, 400, e.getMessage());
      return;
    }
    String reply;
    try {
      reply = responder.reply(chat.model(), chat.messages());
    } catch (RuntimeException e) {
      error(exchange, 500, "responder failed: " + e);
      return;
    }
    String body = completion(chat, reply, usage);
    if (!awaitLatency()) {
      return; // the server is closing: the connection drops unanswered
    }
    // Counted before it is sent, as a vendor bills a completion it generated, and so that a client
    // that has its answer always finds it counted.
    served.incrementAndGet();
    servedBodies
        .computeIfAbsent(chat.model() + "\n" + request.body(), b -> new AtomicInteger())
        .incrementAndGet();
    JsonReplies.send(exchange, 200, body, Map.of());
  }

  /** Waits out the latency; false if interrupted, which only {@link #close} does. */
  private boolean awaitLatency() {
    long millis = latency.toMillis();
    if (millis <= 0) {
      return true;
    }
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void error(HttpExchange exchange, int status, String message) throws IOException {
    JsonReplies.send(exchange, status, errorBody(status, message), Map.of());
  }

  private static String model(RecordedRequest request) {
    return request.json() == null ? "" : request.json().path("model").asText("");
  }
}
