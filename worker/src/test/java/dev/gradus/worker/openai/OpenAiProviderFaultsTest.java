package dev.gradus.worker.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import dev.gradus.activities.openai.OpenAiProvider;
import dev.gradus.activities.openai.OpenAiSettings;
import dev.gradus.worker.fake.FakeFault;
import dev.gradus.worker.fake.FakeOpenAiServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fault the fake can inject reaches the activity as the right {@link Kind}. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class OpenAiProviderFaultsTest {

  @Inject OpenAiProvider provider;

  FakeOpenAiServer fake;

  @BeforeEach
  void resetFake() {
    fake.reset();
  }

  @Test
  void rateLimitHonoursRetryAfterSeconds() {
    fake.enqueue(FakeFault.rateLimited("2"));

    ProviderException failure = fail();

    assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(failure.getMessage()).contains("HTTP 429", "gpt-4o-mini", "Rate limit reached");
  }

  @Test
  void rateLimitHonoursRetryAfterMs() {
    fake.enqueue(FakeFault.rateLimitedMillis(750));

    assertThat(fail().retryAfter()).isEqualTo(Duration.ofMillis(750));
  }

  @ParameterizedTest
  @CsvSource({
    "500, UNAVAILABLE",
    "502, UNAVAILABLE",
    "503, UNAVAILABLE",
    "504, UNAVAILABLE",
    "400, REJECTED",
    "404, REJECTED",
    "422, REJECTED",
    "401, AUTH",
    "403, AUTH"
  })
  void mapsEachErrorStatus(int status, Kind kind) {
    fake.enqueue(FakeFault.status(status, "vendor says " + status));

    ProviderException failure = fail();

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.getMessage()).contains("HTTP " + status, "vendor says " + status);
  }

  @Test
  void garbageAndChoicelessAnswersAreMalformed() {
    fake.enqueue(FakeFault.garbage(), FakeFault.noChoices());

    assertThat(fail().kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(fail().kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(fake.completionsServed()).isZero();
  }

  @Test
  void abandonsAHungRequestAtTheTimeout() {
    fake.enqueue(FakeFault.hang(Duration.ofSeconds(30)));

    long start = System.nanoTime();
    ProviderException failure = fail();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
    // The resource configures 1.5 s.
    assertThat(elapsed).isBetween(Duration.ofMillis(1200), Duration.ofSeconds(5));
    // The provider is still usable after abandoning a request.
    assertThat(provider.complete(Conversations.target()).text()).startsWith("echo:");
  }

  @Test
  void droppedConnectionIsUnavailable() {
    fake.enqueue(FakeFault.drop());

    assertThat(fail().kind()).isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void refusedConnectionIsUnavailable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (OpenAiProvider nowhere =
        new OpenAiProvider(OpenAiSettings.local("http://127.0.0.1:" + closedPort + "/v1"))) {
      ProviderException failure =
          catchThrowableOfType(
              ProviderException.class, () -> nowhere.complete(Conversations.target()));

      assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
      assertThat(failure.getMessage()).contains("127.0.0.1:" + closedPort);
    }
  }

  @Test
  void missingKeyForOpenAiFailsFastAsConfig() {
    try (OpenAiProvider keyless =
        new OpenAiProvider(OpenAiSettings.local("https://api.openai.com/v1"))) {
      ProviderException failure =
          catchThrowableOfType(
              ProviderException.class, () -> keyless.complete(Conversations.target()));

      assertThat(failure.kind()).isEqualTo(Kind.CONFIG);
      assertThat(failure.kind().retryable()).isFalse();
      assertThat(failure.getMessage()).contains("OPENAI_API_KEY");
    }
  }

  @Test
  void recoversAfterScriptedFaults() {
    fake.enqueue(FakeFault.serverError(), FakeFault.rateLimited("1"));

    assertThat(fail().kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(fail().kind()).isEqualTo(Kind.RATE_LIMITED);
    LlmResponse response = provider.complete(Conversations.target());

    assertThat(response.text()).startsWith("echo:");
    assertThat(fake.requestsReceived()).isEqualTo(3);
    assertThat(fake.completionsServed()).isEqualTo(1);
  }

  @Test
  void theKeyNeverAppearsInAnyFailure() {
    String echoed = "Incorrect API key provided: " + FakeOpenAiResource.API_KEY;
    fake.enqueue(
        FakeFault.status(401, echoed),
        FakeFault.status(429, echoed, Map.of("Retry-After", "1")),
        FakeFault.status(500, echoed),
        FakeFault.status(400, echoed),
        FakeFault.rawStatus(503, "upstream rejected key " + FakeOpenAiResource.API_KEY, Map.of()),
        FakeFault.garbage(),
        FakeFault.noChoices(),
        FakeFault.drop(),
        FakeFault.hang(Duration.ofSeconds(30)));

    while (fake.pendingFaults() > 0) {
      ProviderException failure = fail();
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(FakeOpenAiResource.API_KEY);
        assertThat(t.toString()).doesNotContain(FakeOpenAiResource.API_KEY);
      }
    }
  }

  private ProviderException fail() {
    ProviderException failure =
        catchThrowableOfType(
            ProviderException.class, () -> provider.complete(Conversations.target()));
    assertThat(failure).as("expected a ProviderException").isNotNull();
    return failure;
  }
}
