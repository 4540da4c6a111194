package dev.gradus.worker.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.activities.anthropic.AnthropicProvider;
import dev.gradus.activities.anthropic.AnthropicSettings;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import dev.gradus.worker.fake.AnthropicFaults;
import dev.gradus.worker.fake.FakeAnthropicServer;
import dev.gradus.worker.fake.FakeFault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fault of the Messages API reaches the activity as the right {@link Kind}. */
@QuarkusTest
@WithTestResource(FakeAnthropicResource.class)
class AnthropicProviderFaultsTest {

  @Inject AnthropicProvider provider;

  FakeAnthropicServer fake;

  @BeforeEach
  void resetFake() {
    fake.reset();
  }

  @ParameterizedTest
  @CsvSource({
    "400, invalid_request_error, REJECTED",
    "401, authentication_error, AUTH",
    "403, permission_error, AUTH",
    "404, not_found_error, REJECTED",
    "413, request_too_large, REJECTED",
    "429, rate_limit_error, RATE_LIMITED",
    "500, api_error, UNAVAILABLE",
    "529, overloaded_error, UNAVAILABLE"
  })
  void mapsEachErrorTypeToRetryableOrNot(int status, String type, Kind kind) {
    fake.enqueue(AnthropicFaults.error(status, type, "vendor says " + type, Map.of()));

    ProviderException failure = fail();

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.kind().retryable()).isEqualTo(status == 429 || status >= 500);
    assertThat(failure.getMessage())
        .contains("anthropic", Requests.MODEL, "HTTP " + status, type + ": vendor says " + type);
  }

  @Test
  void rateLimitHonoursRetryAfterSeconds() {
    fake.enqueue(AnthropicFaults.rateLimited("7"));

    ProviderException failure = fail();

    assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(failure.getMessage()).contains("rate limited", "rate_limit_error");
  }

  @Test
  void rateLimitHonoursRetryAfterAsAnHttpDate() {
    String inAMinute =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
    fake.enqueue(AnthropicFaults.rateLimited(inAMinute));

    assertThat(fail().retryAfter()).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
  }

  @Test
  void overloadHonoursRetryAfterToo() {
    fake.enqueue(
        AnthropicFaults.error(529, "overloaded_error", "Overloaded", Map.of("retry-after", "3")));

    ProviderException failure = fail();

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void nonRetryableFailuresIgnoreRetryAfter() {
    fake.enqueue(
        AnthropicFaults.error(
            400, "invalid_request_error", "max_tokens: too large", Map.of("retry-after", "3")));

    ProviderException failure = fail();

    assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    assertThat(failure.retryAfter()).isNull();
    assertThat(failure.getMessage()).contains("max_tokens: too large");
  }

  @Test
  void aWrongKeyFailsFastNamingTheVariable() {
    fake.requireApiKey("sk-ant-some-other-key");

    ProviderException failure = fail();

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.getMessage()).contains("HTTP 401", "ANTHROPIC_API_KEY");
  }

  @Test
  void garbageAndContentlessAnswersAreMalformed() {
    fake.enqueue(FakeFault.garbage(), FakeFault.noChoices());

    assertThat(fail().kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(fail().kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(fake.completionsServed()).isZero();
  }

  @Test
  void aProxyPageWithAnErrorStatusIsQuoted() {
    fake.enqueue(FakeFault.rawStatus(502, "<html>Bad gateway</html>", Map.of()));

    ProviderException failure = fail();

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.getMessage()).contains("<html>Bad gateway</html>");
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
    assertThat(provider.complete(Requests.target()).text()).startsWith("echo:");
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
    try (AnthropicProvider nowhere =
        new AnthropicProvider(AnthropicSettings.of("http://127.0.0.1:" + closedPort, "k"))) {
      ProviderException failure =
          catchThrowableOfType(ProviderException.class, () -> nowhere.complete(Requests.target()));

      assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
      assertThat(failure.getMessage()).contains("127.0.0.1:" + closedPort);
    }
  }

  @Test
  void missingKeyForAnthropicFailsFastAsConfig() {
    try (AnthropicProvider keyless =
        new AnthropicProvider(AnthropicSettings.of("https://api.anthropic.com", null))) {
      ProviderException failure =
          catchThrowableOfType(ProviderException.class, () -> keyless.complete(Requests.target()));

      assertThat(failure.kind()).isEqualTo(Kind.CONFIG);
      assertThat(failure.kind().retryable()).isFalse();
      assertThat(failure.getMessage()).contains("ANTHROPIC_API_KEY");
    }
  }

  @Test
  void recoversAfterScriptedFaults() {
    fake.enqueue(AnthropicFaults.overloaded(), AnthropicFaults.rateLimited("1"));

    assertThat(fail().kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(fail().kind()).isEqualTo(Kind.RATE_LIMITED);
    LlmResponse response = provider.complete(Requests.target());

    assertThat(response.text()).startsWith("echo:");
    assertThat(fake.requestsReceived()).isEqualTo(3);
    assertThat(fake.completionsServed()).isEqualTo(1);
  }

  @Test
  void theKeyNeverAppearsInAnyFailure() {
    String key = FakeAnthropicResource.API_KEY;
    String echoed = "invalid x-api-key: " + key;
    fake.enqueue(
        AnthropicFaults.error(401, echoed),
        AnthropicFaults.error(429, "rate_limit_error", echoed, Map.of("retry-after", "1")),
        AnthropicFaults.error(529, echoed),
        AnthropicFaults.error(400, echoed),
        FakeFault.rawStatus(503, "upstream rejected key " + key, Map.of()),
        FakeFault.garbage(),
        FakeFault.noChoices(),
        FakeFault.drop(),
        FakeFault.hang(Duration.ofSeconds(30)));

    while (fake.pendingFaults() > 0) {
      ProviderException failure = fail();
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(key);
        assertThat(t.toString()).doesNotContain(key);
      }
    }
  }

  private ProviderException fail() {
    ProviderException failure =
        catchThrowableOfType(ProviderException.class, () -> provider.complete(Requests.target()));
    assertThat(failure).as("expected a ProviderException").isNotNull();
    return failure;
  }
}
