package dev.gradus.worker.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.openai.OpenAiProvider;
import dev.gradus.activities.openai.OpenAiSettings;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import dev.gradus.worker.fake.FakeFault;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.FakeWireFormat;
import dev.gradus.worker.fake.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The happy path against a real local HTTP server: what is sent and what is read back. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class OpenAiProviderTest {

  @Inject OpenAiProvider provider;

  FakeOpenAiServer fake;

  @BeforeEach
  void resetFake() {
    fake.reset();
  }

  @Test
  void isTheOpenaiProvider() {
    assertThat(provider.name()).isEqualTo("openai");
  }

  @Test
  void postsAChatCompletionsRequest() {
    provider.complete(Conversations.target("gpt-4o-mini", 0.7, 64));

    RecordedRequest request = fake.lastRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    JsonNode json = request.json();
    assertThat(json.path("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(json.path("temperature").asDouble()).isEqualTo(0.7);
    assertThat(json.path("max_tokens").asInt()).isEqualTo(64);
    assertThat(json.path("seed").asInt()).isEqualTo(0);
    assertThat(json.path("messages")).hasSize(2);
    assertThat(json.path("messages").get(0).path("role").asText()).isEqualTo("system");
    assertThat(json.path("messages").get(1).path("content").asText())
        .isEqualTo(Conversations.SENTIMENT.get(1).content());
  }

  @Test
  void leavesOutUnsetOptionalFields() {
    provider.complete(Conversations.target("llama3.2", null, null));

    JsonNode json = fake.lastRequest().json();
    assertThat(json.has("temperature")).isFalse();
    assertThat(json.has("max_tokens")).isFalse();
  }

  @Test
  void sendsTheSampleIndexAsSeed() {
    ModelSpec model = new ModelSpec("openai", "gpt-4o-mini", 1.0, null);
    provider.complete(new LlmRequest("optimizer", model, Conversations.SENTIMENT, 3));

    assertThat(fake.lastRequest().json().path("seed").asInt()).isEqualTo(3);
  }

  @Test
  void sendsTheConfiguredKeyAsBearer() {
    provider.complete(Conversations.target());

    assertThat(fake.lastRequest().header("Authorization"))
        .isEqualTo("Bearer " + FakeOpenAiResource.API_KEY);
  }

  @Test
  void sendsNoAuthorizationWithoutKeyAndAcceptsATrailingSlash() {
    try (OpenAiProvider keyless = new OpenAiProvider(OpenAiSettings.local(fake.baseUrl() + "/"))) {
      keyless.complete(Conversations.target());
    }

    assertThat(fake.lastRequest().path()).isEqualTo("/v1/chat/completions");
    assertThat(fake.lastRequest().hasHeader("Authorization")).isFalse();
  }

  @Test
  void returnsTheReplyAndTheReportedUsage() {
    fake.responder((model, messages) -> model + " says positive");

    LlmResponse response = provider.complete(Conversations.target());

    assertThat(response.text()).isEqualTo("gpt-4o-mini says positive");
    assertThat(response.promptTokens())
        .isEqualTo(FakeWireFormat.promptTokens(Conversations.SENTIMENT));
    assertThat(response.completionTokens())
        .isEqualTo(FakeWireFormat.completionTokens("gpt-4o-mini says positive"));
    assertThat(fake.completionsServed()).isEqualTo(1);
  }

  @Test
  void estimatesUsageWhenTheServerOmitsIt() {
    fake.responder((model, messages) -> "positive");
    fake.enqueue(FakeFault.omitUsage());

    LlmResponse response = provider.complete(Conversations.target());

    long characters = 0;
    for (ChatMessage message : Conversations.SENTIMENT) {
      characters += message.content().length();
    }
    assertThat(response).isEqualTo(new LlmResponse("positive", (characters + 3) / 4, 2));
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
                            new ModelSpec("openai", "m", 0.0, null),
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
