package dev.gradus.worker.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fake LLM server ({@link FakeLlmServer}) that speaks OpenAI's chat-completions wire format
 * ({@code POST /v1/chat/completions}; any path ending in {@code /chat/completions} works), with the
 * key as {@code Authorization: Bearer}.
 */
public final class FakeOpenAiServer extends FakeLlmServer {

  private FakeOpenAiServer(ChatResponder responder) {
    super("fake-openai", responder);
  }

  public static FakeOpenAiServer start() {
    return start(ECHO);
  }

  public static FakeOpenAiServer start(ChatResponder responder) {
    return new FakeOpenAiServer(responder);
  }

  /** The base URL to configure as OPENAI_BASE_URL, e.g. {@code http://127.0.0.1:PORT/v1}. */
  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/v1";
  }

  @Override
  protected boolean isEndpoint(RecordedRequest request) {
    return request.path().endsWith("/chat/completions");
  }

  @Override
  protected boolean carriesKey(RecordedRequest request, String key) {
    return ("Bearer " + key).equals(request.header("Authorization"));
  }

  @Override
  protected Chat chat(RecordedRequest request) {
    JsonNode json = request.json();
    if (json == null || !json.path("model").isTextual() || !json.path("messages").isArray()) {
      throw new IllegalArgumentException("model and messages are required");
    }
    return new Chat(json.path("model").asText(), FakeWireFormat.messages(json));
  }

  @Override
  protected String completion(Chat chat, String reply, boolean usage) {
    return FakeWireFormat.completion(chat.model(), chat.messages(), reply, usage);
  }

  @Override
  protected String noAnswer(String model) {
    return FakeWireFormat.noChoices(model);
  }

  @Override
  protected String errorBody(int status, String message) {
    return FakeWireFormat.error(message, null);
  }
}
