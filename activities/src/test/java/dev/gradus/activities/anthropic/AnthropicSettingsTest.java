package dev.gradus.activities.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnthropicSettingsTest {

  @Test
  void ignoresTrailingSlashes() {
    assertThat(AnthropicSettings.of("https://api.anthropic.com/", "k").normalizedBaseUrl())
        .isEqualTo("https://api.anthropic.com");
  }

  @Test
  void anthropicWithoutKeyIsAConfigProblemNamingTheVariable() {
    assertThat(AnthropicSettings.of("https://api.anthropic.com", null).problem())
        .hasValueSatisfying(problem -> assertThat(problem).contains("ANTHROPIC_API_KEY"));
    assertThat(AnthropicSettings.of("https://API.Anthropic.com/", " ").problem()).isPresent();
    assertThat(AnthropicSettings.of("https://api.anthropic.com", "sk-ant-x").problem()).isEmpty();
  }

  @Test
  void aGatewayMayAddTheKeyItself() {
    assertThat(AnthropicSettings.of("http://gateway.internal:8080/anthropic", null).problem())
        .isEmpty();
  }

  @Test
  void rejectsUrlsThatAreNotHttpAndTimeoutsThatAreNotPositive() {
    assertThat(AnthropicSettings.of("api.anthropic.com", "k").problem())
        .hasValueSatisfying(problem -> assertThat(problem).contains("ANTHROPIC_BASE_URL"));
    assertThat(AnthropicSettings.of("ftp://example.com", "k").problem()).isPresent();
    assertThat(AnthropicSettings.of("http://exa mple.com", "k").problem()).isPresent();
    assertThat(
            new AnthropicSettings("http://localhost:1", "k", Duration.ZERO, Duration.ofSeconds(1))
                .problem())
        .hasValueSatisfying(problem -> assertThat(problem).contains("gradus.anthropic.timeout"));
  }

  @Test
  void toStringNeverShowsTheKeyOrUserInfo() {
    AnthropicSettings settings = AnthropicSettings.of("https://user:pw@proxy.example.com", "sk-42");

    assertThat(settings.toString())
        .doesNotContain("sk-42")
        .doesNotContain("pw")
        .contains("proxy.example.com", "apiKey=***");
  }
}
