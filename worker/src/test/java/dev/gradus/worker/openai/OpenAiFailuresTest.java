package dev.gradus.worker.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import dev.gradus.activities.openai.OpenAiFailures;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiFailuresTest {

  private static final String KEY = "sk-unit-secret-000111222333";

  private final OpenAiFailures failures = new OpenAiFailures("gpt-4o-mini", "127.0.0.1:9", KEY);

  @ParameterizedTest
  @CsvSource({
    "429, RATE_LIMITED", "500, UNAVAILABLE", "502, UNAVAILABLE", "503, UNAVAILABLE",
    "504, UNAVAILABLE", "529, UNAVAILABLE", "409, UNAVAILABLE", "408, TIMEOUT",
    "400, REJECTED", "404, REJECTED", "413, REJECTED", "422, REJECTED",
    "401, AUTH", "403, AUTH", "301, CONFIG"
  })
  void mapsStatusToKind(int status, Kind kind) {
    ProviderException failure = failures.forStatus(status, "{}", null);

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.getMessage()).contains("openai", "gpt-4o-mini", "HTTP " + status);
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    ProviderException failure = failures.forStatus(429, "{}", Duration.ofSeconds(3));

    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    assertThat(failure.kind().retryable()).isTrue();
  }

  @Test
  void nonRetryableFailuresCarryNoRetryAfter() {
    assertThat(failures.forStatus(400, "{}", Duration.ofSeconds(3)).retryAfter()).isNull();
  }

  @Test
  void exhaustedQuotaFailsFastDespite429() {
    String body =
        "{\"error\":{\"message\":\"You exceeded your current quota\","
            + "\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}";

    ProviderException failure = failures.forStatus(429, body, null);

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.getMessage()).contains("quota");
  }

  @Test
  void namesTheVendorMessageOfEachErrorShape() {
    assertThat(
            failures
                .forStatus(
                    404, "{\"error\":{\"message\":\"The model `gpt-9` does not exist\"}}", null)
                .getMessage())
        .contains("The model `gpt-9` does not exist");
    assertThat(
            failures.forStatus(404, "{\"error\":\"model 'llama9' not found\"}", null).getMessage())
        .contains("model 'llama9' not found");
    assertThat(
            failures
                .forStatus(
                    400,
                    "{\"object\":\"error\",\"message\":\"max_tokens is too large\",\"code\":400}",
                    null)
                .getMessage())
        .contains("max_tokens is too large");
    assertThat(failures.forStatus(502, "<html>Bad gateway</html>", null).getMessage())
        .contains("<html>Bad gateway</html>");
  }

  @Test
  void masksTheKeyWhenAServerEchoesIt() {
    String body = "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}";

    ProviderException failure = failures.forStatus(401, body, null);

    assertThat(failure.getMessage()).doesNotContain(KEY).contains("Incorrect API key provided");
  }

  @Test
  void classifiesTimeoutsAnywhereInTheCauseChain() {
    ProviderException failure =
        failures.forTransport(new ProcessingException(new TimeoutException("idle")));

    assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(failure.getMessage()).contains("gpt-4o-mini", "127.0.0.1:9");
  }

  @Test
  void classifiesRefusedAndResetConnectionsAsUnavailable() {
    assertThat(
            failures
                .forTransport(new ProcessingException(new ConnectException("Connection refused")))
                .kind())
        .isEqualTo(Kind.UNAVAILABLE);
    assertThat(
            failures
                .forTransport(new ProcessingException(new SocketException("Connection reset")))
                .kind())
        .isEqualTo(Kind.UNAVAILABLE);
    assertThat(
            failures
                .forTransport(new IllegalStateException(new IOException("Connection was closed")))
                .kind())
        .isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void malformedAnswersAreRetryable() {
    ProviderException failure = failures.malformed("no choices", null);

    assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(failure.kind().retryable()).isTrue();
  }
}
