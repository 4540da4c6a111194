package dev.gradus.activities.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicFailuresTest {

  private static final String KEY = "sk-ant-unit-secret-000111222333";

  private final AnthropicFailures failures =
      new AnthropicFailures("claude-sonnet-4-0", "api.anthropic.com", KEY);

  @ParameterizedTest
  @CsvSource({
    "400, invalid_request_error, REJECTED, invalid request",
    "401, authentication_error, AUTH, ANTHROPIC_API_KEY",
    "402, billing_error, REJECTED, billing",
    "403, permission_error, AUTH, permission denied",
    "404, not_found_error, REJECTED, unknown model",
    "413, request_too_large, REJECTED, too large",
    "429, rate_limit_error, RATE_LIMITED, rate limited",
    "500, api_error, UNAVAILABLE, unavailable",
    "504, timeout_error, UNAVAILABLE, unavailable",
    "529, overloaded_error, UNAVAILABLE, overloaded",
    "408, timeout_error, TIMEOUT, timed out",
    "307, api_error, CONFIG, ANTHROPIC_BASE_URL"
  })
  void mapsStatusToKindAndNamesTheCause(int status, String type, Kind kind, String summary) {
    String body =
        "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"details\"}}";

    ProviderException failure = failures.forStatus(status, body, null);

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.getMessage())
        .contains(
            "anthropic model 'claude-sonnet-4-0'", "HTTP " + status, summary, type + ": details");
  }

  @Test
  void retryableFailuresCarryTheRequestedDelayAndPermanentOnesDoNot() {
    assertThat(failures.forStatus(429, "{}", Duration.ofSeconds(3)).retryAfter())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(failures.forStatus(529, "{}", Duration.ofSeconds(5)).retryAfter())
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(failures.forStatus(400, "{}", Duration.ofSeconds(3)).retryAfter()).isNull();
  }

  @Test
  void quotesABodyThatIsNotAnthropicJson() {
    assertThat(failures.forStatus(502, "<html>Bad gateway</html>", null).getMessage())
        .contains("body: <html>Bad gateway</html>");
  }

  @Test
  void masksTheKeyWhenAServerEchoesIt() {
    String body =
        "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\","
            + "\"message\":\"invalid x-api-key "
            + KEY
            + "\"}}";

    ProviderException failure = failures.forStatus(401, body, null);

    assertThat(failure.getMessage()).doesNotContain(KEY).contains("invalid x-api-key ***");
  }

  @Test
  void classifiesTransportFailures() {
    assertThat(failures.forTransport(new ProcessingException(new TimeoutException("idle"))).kind())
        .isEqualTo(Kind.TIMEOUT);
    ProviderException refused =
        failures.forTransport(new ProcessingException(new ConnectException("Connection refused")));
    assertThat(refused.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(refused.getMessage()).contains("anthropic", "api.anthropic.com");
  }

  @Test
  void readsErrorBodiesLeniently() {
    assertThat(
            AnthropicError.parse(
                "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow\"}}"))
        .isEqualTo(new AnthropicError("rate_limit_error", "slow"));
    assertThat(AnthropicError.parse("{\"error\":\"plain\"}").describe()).isEqualTo("plain");
    assertThat(AnthropicError.parse("{\"message\":\"top\"}").describe()).isEqualTo("top");
    assertThat(AnthropicError.parse("not json").describe()).isNull();
    assertThat(AnthropicError.parse("[]").describe()).isNull();
    assertThat(AnthropicError.parse(null).describe()).isNull();
  }
}
