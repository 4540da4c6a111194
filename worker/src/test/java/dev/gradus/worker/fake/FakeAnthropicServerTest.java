package dev.gradus.worker.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The Anthropic fake itself, spoken to with the JDK client so that it is checked independently. */
class FakeAnthropicServerTest {

  private static final String BODY =
      "{\"model\":\"claude-x\",\"max_tokens\":16,\"system\":\"Be brief.\","
          + "\"messages\":[{\"role\":\"user\",\"content\":\"hi there\"}]}";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void answersAMessageWithContentBlocksAndUsage() throws Exception {
    try (FakeAnthropicServer fake =
        FakeAnthropicServer.start((model, messages) -> model + "\n" + messages.get(0).content())) {
      HttpResponse<String> response = post(fake, BODY, "k", FakeAnthropicServer.API_VERSION);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .contains("\"type\":\"message\"")
          .contains("{\"type\":\"text\",\"text\":\"claude-x\\n\"},")
          .contains("{\"type\":\"text\",\"text\":\"Be brief.\"}")
          .contains("\"input_tokens\":12", "\"output_tokens\":4");
      assertThat(fake.completionsServed()).isEqualTo(1);
    }
  }

  @Test
  void rejectsWhatAnthropicRejects() throws Exception {
    try (FakeAnthropicServer fake = FakeAnthropicServer.start()) {
      assertThat(post(fake, BODY, "k", null).body()).contains("anthropic-version");
      assertThat(post(fake, BODY.replace("\"max_tokens\":16,", ""), "k", "2023-06-01").body())
          .contains("invalid_request_error", "max_tokens");
      assertThat(post(fake, BODY.replace("\"user\"", "\"system\""), "k", "2023-06-01").statusCode())
          .isEqualTo(400);
      fake.requireApiKey("sk-ant-1");
      HttpResponse<String> unauthorized = post(fake, BODY, "sk-ant-2", "2023-06-01");
      assertThat(unauthorized.statusCode()).isEqualTo(401);
      assertThat(unauthorized.body()).contains("\"type\":\"authentication_error\"");
      assertThat(post(fake, BODY, "sk-ant-1", "2023-06-01").statusCode()).isEqualTo(200);
      assertThat(fake.completionsServed()).isEqualTo(1);
    }
  }

  @Test
  void scriptedFaultsCarryAnthropicErrorBodies() throws Exception {
    try (FakeAnthropicServer fake = FakeAnthropicServer.start()) {
      fake.enqueue(AnthropicFaults.overloaded(), AnthropicFaults.rateLimited("4"));

      HttpResponse<String> overloaded = post(fake, BODY, "k", "2023-06-01");
      assertThat(overloaded.statusCode()).isEqualTo(529);
      assertThat(overloaded.body()).contains("\"type\":\"overloaded_error\"");
      HttpResponse<String> limited = post(fake, BODY, "k", "2023-06-01");
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("retry-after")).hasValue("4");
      assertThat(post(fake, BODY, "k", "2023-06-01").statusCode()).isEqualTo(200);
    }
  }

  private HttpResponse<String> post(
      FakeAnthropicServer fake, String body, String key, String version) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v1/messages"))
            .header("content-type", "application/json")
            .header("x-api-key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (version != null) {
      request.header("anthropic-version", version);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
