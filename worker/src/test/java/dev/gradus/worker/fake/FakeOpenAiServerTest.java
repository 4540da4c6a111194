package dev.gradus.worker.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The fake itself, spoken to with the JDK client so that it is checked independently. */
class FakeOpenAiServerTest {

  private static final String BODY =
      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi there\"}]}";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void answersWithTheResponderAndCountsWhatItServed() throws Exception {
    try (FakeOpenAiServer fake = FakeOpenAiServer.start((model, messages) -> model + "!")) {
      HttpResponse<String> response = post(fake, BODY, null);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"content\":\"m!\"", "\"prompt_tokens\":6");
      assertThat(fake.completionsServed()).isEqualTo(1);
      assertThat(fake.requestsReceived()).isEqualTo(1);
      assertThat(fake.lastRequest().json().path("model").asText()).isEqualTo("m");
    }
  }

  @Test
  void rejectsRequestsWithoutModelOrWithoutTheRequiredKey() throws Exception {
    try (FakeOpenAiServer fake = FakeOpenAiServer.start()) {
      assertThat(post(fake, "{}", null).statusCode()).isEqualTo(400);
      fake.requireApiKey("sk-1");
      assertThat(post(fake, BODY, "sk-2").statusCode()).isEqualTo(401);
      assertThat(post(fake, BODY, "sk-1").statusCode()).isEqualTo(200);
      assertThat(fake.requestsReceived()).isEqualTo(3);
      assertThat(fake.completionsServed()).isEqualTo(1);
    }
  }

  @Test
  void queuedFaultsComeFirstAndInOrder() throws Exception {
    try (FakeOpenAiServer fake = FakeOpenAiServer.start()) {
      fake.enqueue(FakeFault.rateLimited("3"), FakeFault.garbage());

      HttpResponse<String> limited = post(fake, BODY, null);
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
      assertThat(post(fake, BODY, null).body()).startsWith("<html>");
      assertThat(post(fake, BODY, null).statusCode()).isEqualTo(200);
      assertThat(fake.completionsServed()).isEqualTo(1);
    }
  }

  @Test
  void latencyDelaysEachAnswerWithoutHoldingBackTheOthers() throws Exception {
    try (FakeOpenAiServer fake = FakeOpenAiServer.start()) {
      Duration latency = Duration.ofMillis(1500);
      fake.latency(latency);
      long start = System.nanoTime();
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(http.sendAsync(request(fake, BODY, null), HttpResponse.BodyHandlers.ofString()));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
      Duration wall = Duration.ofNanos(System.nanoTime() - start);

      assertThat(calls).allSatisfy(call -> assertThat(call.join().statusCode()).isEqualTo(200));
      assertThat(fake.completionsServed()).isEqualTo(16);
      // One after another, 16 answers would take 24 s; together, little more than one latency.
      assertThat(wall).isBetween(latency, latency.multipliedBy(8));
      fake.reset();
      long again = System.nanoTime();
      assertThat(post(fake, BODY, null).statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(latency);
    }
  }

  @Test
  void seededRandomFaultsRepeatExactly() throws Exception {
    assertThat(statuses(7)).isEqualTo(statuses(7)).contains(200, 500, 503);
  }

  private List<Integer> statuses(long seed) throws Exception {
    try (FakeOpenAiServer fake = FakeOpenAiServer.start()) {
      fake.faultRandomly(seed, 0.5, FakeFault.serverError(), FakeFault.status(503, "busy"));
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        statuses.add(post(fake, BODY, null).statusCode());
      }
      return statuses;
    }
  }

  private HttpResponse<String> post(FakeOpenAiServer fake, String body, String key)
      throws Exception {
    return http.send(request(fake, body, key), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(FakeOpenAiServer fake, String body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/chat/completions"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return request.build();
  }
}
