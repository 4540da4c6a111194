package dev.gradus.worker.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradus.activities.anthropic.AnthropicProvider;
import dev.gradus.activities.anthropic.AnthropicSettings;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import dev.gradus.worker.fake.FakeAnthropicServer;
import dev.gradus.worker.fake.FakeFault;
import dev.gradus.worker.fake.FakeWireFormat;
import dev.gradus.worker.fake.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The happy path against a local server speaking the Messages API: what is sent and read back. */
@QuarkusTest
@WithTestResource(FakeAnthropicResource.class)
class AnthropicProviderTest {

  @Inject AnthropicProvider provider;

  FakeAnthropicServer fake;

  @BeforeEach
  void resetFake() {
    fake.reset();
    fake.requireApiKey(FakeAnthropicResource.API_KEY);
  }

  @Test
  void isTheAnthropicProvider() {
    assertThat(provider.name()).isEqualTo("anthropic");
  }

  @Test
  void postsAMessagesRequestWithTheSystemPromptApart() {
    provider.complete(Requests.target(Requests.MODEL, 0.7, 64));

    RecordedRequest request = fake.lastRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/messages");
    assertThat(request.header("content-type")).startsWith("application/json");
    JsonNode json = request.json();
    assertThat(json.path("model").asText()).isEqualTo(Requests.MODEL);
    assertThat(json.path("max_tokens").asInt()).isEqualTo(64);
    assertThat(json.path("temperature").asDouble()).isEqualTo(0.7);
    assertThat(json.path("system").asText()).isEqualTo(Requests.SENTIMENT.get(0).content());
    assertThat(json.path("messages")).hasSize(1);
    assertThat(json.path("messages").get(0).path("role").asText()).isEqualTo("user");
    assertThat(json.path("messages").get(0).path("content").asText())
        .isEqualTo(Requests.SENTIMENT.get(1).content());
    assertThat(json.has("seed")).isFalse();
    assertThat(fake.completionsServed()).isEqualTo(1);
  }

  @Test
  void sendsTheKeyAndTheApiVersionAsAnthropicExpects() {
    provider.complete(Requests.target());

    RecordedRequest request = fake.lastRequest();
    assertThat(request.header("x-api-key")).isEqualTo(FakeAnthropicResource.API_KEY);
    assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(request.hasHeader("Authorization")).isFalse();
  }

  @Test
  void asksFor1024TokensWhenTheSpecNamesNoLimitAndLeavesOutUnsetTemperature() {
    provider.complete(Requests.target(Requests.MODEL, null, null));

    JsonNode json = fake.lastRequest().json();
    assertThat(json.path("max_tokens").asInt()).isEqualTo(1024);
    assertThat(json.has("temperature")).isFalse();
  }

  @Test
  void joinsSystemMessagesAndKeepsTheTurnsInOrder() {
    provider.complete(
        Requests.of(
            List.of(
                ChatMessage.system("Be terse."),
                ChatMessage.user("2+2?"),
                new ChatMessage("assistant", "4"),
                ChatMessage.system("Answer with a number."),
                ChatMessage.user("3+3?"))));

    JsonNode json = fake.lastRequest().json();
    assertThat(json.path("system").asText()).isEqualTo("Be terse.\n\nAnswer with a number.");
    assertThat(json.path("messages"))
        .extracting(m -> m.path("role").asText() + ": " + m.path("content").asText())
        .containsExactly("user: 2+2?", "assistant: 4", "user: 3+3?");
  }

  @Test
  void sendsNoSystemWithoutSystemMessages() {
    provider.complete(Requests.of(List.of(ChatMessage.user("Input: 2+2\nOutput:"))));

    assertThat(fake.lastRequest().json().has("system")).isFalse();
  }

  @Test
  void refusesAConversationWithoutTurnsBeforeCallingAnything() {
    ProviderException failure =
        catchThrowableOfType(
            ProviderException.class,
            () -> provider.complete(Requests.of(List.of(ChatMessage.system("Only a system.")))));

    assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    assertThat(failure.getMessage()).contains("anthropic", Requests.MODEL, "user or assistant");
    assertThat(fake.requestsReceived()).isZero();
  }

  @Test
  void returnsTheJoinedTextBlocksAndTheReportedUsage() {
    String reply = "The sentiment is\npositive.\n";
    fake.responder((model, messages) -> reply);

    LlmResponse response = provider.complete(Requests.target());

    // The fake sends one text block per line; the provider joins them back.
    assertThat(response.text()).isEqualTo(reply);
    assertThat(response.promptTokens()).isEqualTo(FakeWireFormat.promptTokens(Requests.SENTIMENT));
    assertThat(response.completionTokens()).isEqualTo(FakeWireFormat.completionTokens(reply));
  }

  @Test
  void estimatesUsageWhenTheAnswerOmitsIt() {
    fake.responder((model, messages) -> "positive");
    fake.enqueue(FakeFault.omitUsage());

    LlmResponse response = provider.complete(Requests.target());

    long characters = 0;
    for (ChatMessage message : Requests.SENTIMENT) {
      characters += message.content().length();
    }
    assertThat(response).isEqualTo(new LlmResponse("positive", (characters + 3) / 4, 2));
  }

  @Test
  void sendsNoKeyHeaderWithoutKeyAndAcceptsATrailingSlash() {
    fake.requireApiKey(null);
    try (AnthropicProvider keyless =
        new AnthropicProvider(AnthropicSettings.of(fake.baseUrl() + "/", null))) {
      keyless.complete(Requests.target());
    }

    assertThat(fake.lastRequest().path()).isEqualTo("/v1/messages");
    assertThat(fake.lastRequest().hasHeader("x-api-key")).isFalse();
    assertThat(fake.lastRequest().header("anthropic-version")).isEqualTo("2023-06-01");
  }

  @Test
  void handlesConcurrentCalls() {
    List<LlmResponse> responses =
        List.of(0, 1, 2, 3, 4, 5, 6, 7).parallelStream()
            .map(
                sample ->
                    provider.complete(
                        new LlmRequest(
                            "target",
                            new ModelSpec("anthropic", Requests.MODEL, 0.0, null),
                            List.of(ChatMessage.user("question " + sample)),
                            sample)))
            .toList();

    assertThat(responses)
        .extracting(LlmResponse::text)
        .containsExactly(
            "echo: question 0",
            "echo: question 1",
            "echo: question 2",
            "echo: question 3",
            "echo: question 4",
            "echo: question 5",
            "echo: question 6",
            "echo: question 7");
    assertThat(fake.completionsServed()).isEqualTo(8);
  }
}
