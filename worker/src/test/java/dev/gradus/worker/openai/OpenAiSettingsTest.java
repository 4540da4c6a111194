package dev.gradus.worker.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.openai.OpenAiSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {

  @Test
  void ignoresTrailingSlashes() {
    assertThat(OpenAiSettings.local("http://localhost:11434/v1/").normalizedBaseUrl())
        .isEqualTo("http://localhost:11434/v1");
    assertThat(OpenAiSettings.local("http://localhost:11434/v1").normalizedBaseUrl())
        .isEqualTo("http://localhost:11434/v1");
  }

  @Test
  void openAiWithoutKeyIsAConfigProblemNamingTheVariable() {
    assertThat(OpenAiSettings.local("https://api.openai.com/v1").problem())
        .hasValueSatisfying(problem -> assertThat(problem).contains("OPENAI_API_KEY"));
    assertThat(settings("https://API.OpenAI.com/v1/", " ").problem()).isPresent();
  }

  @Test
  void localServerWithoutKeyIsFine() {
    assertThat(OpenAiSettings.local("http://127.0.0.1:8000/v1").problem()).isEmpty();
    assertThat(settings("https://api.openai.com/v1", "sk-x").problem()).isEmpty();
  }

  @Test
  void rejectsUrlsThatAreNotHttp() {
    assertThat(OpenAiSettings.local("localhost:8000").problem()).isPresent();
    assertThat(OpenAiSettings.local("ftp://example.com/v1").problem()).isPresent();
    assertThat(OpenAiSettings.local("http://exa mple.com").problem()).isPresent();
  }

  @Test
  void timeoutsMustBePositive() {
    String url = "http://127.0.0.1:8000/v1";
    assertThat(new OpenAiSettings(url, null, Duration.ZERO, Duration.ofSeconds(1), true).problem())
        .hasValue("gradus.openai.timeout must be positive");
    assertThat(
            new OpenAiSettings(url, null, Duration.ofSeconds(5), Duration.ofSeconds(-1), true)
                .problem())
        .hasValue("gradus.openai.connect-timeout must be positive");
  }

  @Test
  void toStringNeverShowsTheKeyOrUserInfo() {
    OpenAiSettings settings = settings("https://user:pw@api.example.com/v1", "sk-secret-42");

    assertThat(settings.toString())
        .doesNotContain("sk-secret-42")
        .doesNotContain("pw")
        .contains("api.example.com");
  }

  private static OpenAiSettings settings(String baseUrl, String key) {
    return new OpenAiSettings(baseUrl, key, Duration.ofSeconds(5), Duration.ofSeconds(1), true);
  }
}
