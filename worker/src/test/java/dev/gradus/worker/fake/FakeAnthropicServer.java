package dev.gradus.worker.fake;

/**
 * A fake LLM server ({@link FakeLlmServer}) that speaks Anthropic's Messages API: {@code POST
 * /v1/messages} with {@code x-api-key} and {@code anthropic-version}, the system prompt apart from
 * the turns, {@code max_tokens} required, replies as content blocks and errors as {@code {"type":
 * "error", "error": {"type", "message"}}}. Script its faults with {@link AnthropicFaults}.
 */
public final class FakeAnthropicServer extends FakeLlmServer {

  /** The only API version the fake speaks, as the provider must send it. */
  public static final String API_VERSION = "2023-06-01";

  private FakeAnthropicServer(ChatResponder responder) {
    super("fake-anthropic", responder);
  }

  public static FakeAnthropicServer start() {
    return start(ECHO);
  }

  public static FakeAnthropicServer start(ChatResponder responder) {
    return new FakeAnthropicServer(responder);
  }

  /** The base URL to configure as ANTHROPIC_BASE_URL (without /v1), e.g. http://127.0.0.1:PORT. */
  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  protected boolean isEndpoint(RecordedRequest request) {
    return request.path().equals("/v1/messages");
  }

  @Override
  protected boolean carriesKey(RecordedRequest request, String key) {
    return key.equals(request.header("x-api-key"));
  }

  @Override
  protected Chat chat(RecordedRequest request) {
    String version = request.header("anthropic-version");
    if (version == null) {
      throw new IllegalArgumentException("anthropic-version: header is required");
    }
    if (!version.equals(API_VERSION)) {
      throw new IllegalArgumentException("anthropic-version: unknown version " + version);
    }
    return new Chat(
        request.json() == null ? "" : request.json().path("model").asText(""),
        FakeAnthropicWireFormat.messages(request.json()));
  }

  @Override
  protected String completion(Chat chat, String reply, boolean usage) {
    return FakeAnthropicWireFormat.message(chat.model(), chat.messages(), reply, usage);
  }

  @Override
  protected String noAnswer(String model) {
    return FakeAnthropicWireFormat.noContent(model);
  }

  @Override
  protected String errorBody(int status, String message) {
    return FakeAnthropicWireFormat.error(FakeAnthropicWireFormat.errorType(status), message);
  }
}
