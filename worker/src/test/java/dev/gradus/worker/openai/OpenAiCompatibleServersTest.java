package dev.gradus.worker.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import dev.gradus.activities.llm.TokenEstimate;
import dev.gradus.activities.openai.OpenAiProvider;
import dev.gradus.activities.openai.OpenAiSettings;
import dev.gradus.spec.ModelSpec;
import dev.gradus.worker.fake.FakeFault;
import dev.gradus.worker.fake.FakeOpenAiServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code openai} provider against the fake server playing the OpenAI-compatible endpoints of
 * Ollama, vLLM and llama.cpp's server, as a worker configured with only {@code OPENAI_BASE_URL}
 * reaches them: no key, model names such as {@code llama3.1:8b}, answers in each server's shape
 * (with or without usage), and each server's error bodies.
 */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class OpenAiCompatibleServersTest {

  private static final String OLLAMA_MODEL = "llama3.1:8b";

  FakeOpenAiServer fake;

  @BeforeEach
  void resetFake() {
    fake.reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void sendsNoAuthorizationWhenNoKeyIsConfigured(String blankKey) {
    complete(OpenAiSettings.local(fake.baseUrl()), OLLAMA_MODEL);
    assertThat(fake.lastRequest().hasHeader("Authorization")).isFalse();

    // OPENAI_API_KEY set but empty counts as no key, not as "Bearer ".
    complete(settings(fake.baseUrl(), blankKey), OLLAMA_MODEL);
    assertThat(fake.lastRequest().hasHeader("Authorization")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {OLLAMA_MODEL, "qwen2.5:0.5b-instruct-q4_K_M", "meta-llama/Llama-3.1-8B"})
  void sendsOllamaAndHuggingFaceModelNamesVerbatimAcceptingATrailingSlash(String model) {
    complete(OpenAiSettings.local(fake.baseUrl() + "/"), model);

    assertThat(fake.lastRequest().path()).isEqualTo("/v1/chat/completions");
    assertThat(fake.lastRequest().json().path("model").asText()).isEqualTo(model);
  }

  @Test
  void estimatesTokensWhenTheAnswerCarriesNoUsage() {
    fake.responder((model, messages) -> "positive");
    fake.enqueue(FakeFault.omitUsage());

    LlmResponse response = complete(OpenAiSettings.local(fake.baseUrl()), OLLAMA_MODEL);

    assertThat(response)
        .isEqualTo(
            new LlmResponse(
                "positive",
                TokenEstimate.of(Conversations.SENTIMENT),
                TokenEstimate.of("positive")));
    assertThat(fake.completionsServed()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void readsEachServersAnswerWithItsReportedUsage(String server, String body) {
    fake.enqueue(FakeFault.rawStatus(200, body, Map.of()));

    LlmResponse response = complete(OpenAiSettings.local(fake.baseUrl()), OLLAMA_MODEL);

    assertThat(response).isEqualTo(new LlmResponse("positive", 31, 2));
  }

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of(
            "ollama",
            """
            {"id":"chatcmpl-42","object":"chat.completion","created":1700000000,
             "model":"llama3.1:8b","system_fingerprint":"fp_ollama",
             "choices":[{"index":0,"message":{"role":"assistant","content":"positive"},
                         "finish_reason":"stop"}],
             "usage":{"prompt_tokens":31,"completion_tokens":2,"total_tokens":33}}
            """),
        Arguments.of(
            "vllm",
            """
            {"id":"chatcmpl-9f2","object":"chat.completion","created":1700000000,
             "model":"meta-llama/Llama-3.1-8B-Instruct",
             "choices":[{"index":0,"message":{"role":"assistant","reasoning_content":null,
                         "content":"positive","tool_calls":[]},"logprobs":null,
                         "finish_reason":"stop","stop_reason":null}],
             "usage":{"prompt_tokens":31,"total_tokens":33,"completion_tokens":2,
                      "prompt_tokens_details":null},
             "prompt_logprobs":null,"kv_transfer_params":null}
            """),
        Arguments.of(
            "llama.cpp",
            """
            {"choices":[{"finish_reason":"stop","index":0,
                         "message":{"role":"assistant","content":"positive"}}],
             "created":1700000000,"model":"gpt-3.5-turbo","system_fingerprint":"b5000-0a1b2c3",
             "object":"chat.completion","id":"chatcmpl-Xy",
             "usage":{"completion_tokens":2,"prompt_tokens":31,"total_tokens":33},
             "timings":{"prompt_n":31,"prompt_ms":12.5,"predicted_n":2,"predicted_ms":20.1}}
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void classifiesEachServersErrorBodyAndQuotesIt(
      String server, int status, String body, Kind kind, String vendorMessage) {
    fake.enqueue(FakeFault.rawStatus(status, body, Map.of()));

    ProviderException failure =
        catchThrowableOfType(
            ProviderException.class,
            () -> complete(OpenAiSettings.local(fake.baseUrl()), OLLAMA_MODEL));

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.getMessage())
        .contains("openai", "'" + OLLAMA_MODEL + "'", "HTTP " + status, vendorMessage);
    if (status == 404) {
      assertThat(failure.kind().retryable()).isFalse();
      assertThat(failure.getMessage()).contains("unknown model");
    }
  }

  static Stream<Arguments> errors() {
    String ollamaNotFound = "model \\\"llama3.1:8b\\\" not found, try pulling it first";
    String vllmNotFound = "The model `llama3.1:8b` does not exist.";
    return Stream.of(
        Arguments.of(
            "ollama, unknown model",
            404,
            "{\"error\":{\"message\":\""
                + ollamaNotFound
                + "\",\"type\":\"not_found_error\",\"param\":null,\"code\":null}}",
            Kind.REJECTED,
            "model \"llama3.1:8b\" not found, try pulling it first"),
        Arguments.of(
            "ollama, unknown model, older builds",
            404,
            "{\"error\":{\"message\":\""
                + ollamaNotFound
                + "\",\"type\":\"api_error\",\"param\":null,\"code\":null}}",
            Kind.REJECTED,
            "model \"llama3.1:8b\" not found, try pulling it first"),
        Arguments.of(
            "ollama, error as a string",
            404,
            "{\"error\":\"model 'llama3.1:8b' not found\"}",
            Kind.REJECTED,
            "model 'llama3.1:8b' not found"),
        Arguments.of(
            "ollama, base URL without /v1",
            404,
            "404 page not found",
            Kind.REJECTED,
            "OPENAI_BASE_URL lacks a path such as /v1"),
        Arguments.of(
            "ollama, queue full",
            503,
            "{\"error\":{\"message\":\"server busy, please try again.  maximum pending requests"
                + " exceeded\",\"type\":\"api_error\",\"param\":null,\"code\":null}}",
            Kind.UNAVAILABLE,
            "server busy, please try again."),
        Arguments.of(
            "vllm, unknown model",
            404,
            "{\"object\":\"error\",\"message\":\""
                + vllmNotFound
                + "\",\"type\":\"NotFoundError\",\"param\":null,\"code\":404}",
            Kind.REJECTED,
            vllmNotFound),
        Arguments.of(
            "vllm, unknown model, nested",
            404,
            "{\"error\":{\"message\":\""
                + vllmNotFound
                + "\",\"type\":\"NotFoundError\",\"param\":\"model\",\"code\":404}}",
            Kind.REJECTED,
            vllmNotFound),
        Arguments.of(
            "vllm, context too long",
            400,
            "{\"object\":\"error\",\"message\":\"This model's maximum context length is 8192"
                + " tokens. However, you requested 9000 tokens.\",\"type\":\"BadRequestError\","
                + "\"param\":null,\"code\":400}",
            Kind.REJECTED,
            "maximum context length is 8192 tokens"),
        Arguments.of(
            "vllm, validation",
            400,
            "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"messages\"],"
                + "\"msg\":\"Field required\"}]}",
            Kind.REJECTED,
            "Field required"),
        Arguments.of(
            "llama.cpp, loading",
            503,
            "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}",
            Kind.UNAVAILABLE,
            "Loading model"),
        Arguments.of(
            "llama.cpp, context too long",
            400,
            "{\"error\":{\"code\":400,\"message\":\"the request exceeds the available context"
                + " size, try increasing it\",\"type\":\"exceed_context_size_error\","
                + "\"n_prompt_tokens\":5000,\"n_ctx\":4096}}",
            Kind.REJECTED,
            "the request exceeds the available context size"),
        Arguments.of(
            "llama.cpp router, unknown model",
            400,
            "{\"error\":{\"code\":400,\"message\":\"model not found\","
                + "\"type\":\"invalid_request_error\"}}",
            Kind.REJECTED,
            "model not found"),
        Arguments.of(
            "llama.cpp started with --api-key",
            401,
            "{\"error\":{\"code\":401,\"message\":\"Invalid API Key\","
                + "\"type\":\"authentication_error\"}}",
            Kind.AUTH,
            "Invalid API Key"));
  }

  private static LlmResponse complete(OpenAiSettings settings, String model) {
    try (OpenAiProvider provider = new OpenAiProvider(settings)) {
      return provider.complete(
          new LlmRequest(
              "target", new ModelSpec("openai", model, 0.0, null), Conversations.SENTIMENT, 0));
    }
  }

  private static OpenAiSettings settings(String baseUrl, String apiKey) {
    return new OpenAiSettings(baseUrl, apiKey, Duration.ofSeconds(10), Duration.ofSeconds(1), true);
  }
}
