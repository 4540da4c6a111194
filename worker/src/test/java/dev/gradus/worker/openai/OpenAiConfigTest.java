package dev.gradus.worker.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.openai.OpenAiConfig;
import dev.gradus.activities.openai.OpenAiSettings;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The defaults shipped in the activities jar read the same environment variables as the official
 * SDKs. The environment is simulated by a map source, so the test does not depend on the machine.
 */
class OpenAiConfigTest {

  @Test
  void defaultsToOpenAiWithoutKey() throws IOException {
    OpenAiConfig config = configWith(Map.of());

    assertThat(config.baseUrl()).isEqualTo("https://api.openai.com/v1");
    assertThat(config.apiKey()).isEmpty();
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.sendSeed()).isTrue();
    assertThat(OpenAiSettings.from(config).problem()).isPresent();
  }

  @Test
  void readsOpenAiBaseUrlAndApiKey() throws IOException {
    OpenAiConfig config =
        configWith(
            Map.of(
                "OPENAI_BASE_URL", "http://localhost:11434/v1/",
                "OPENAI_API_KEY", "sk-from-env",
                "gradus.openai.timeout", "2m"));

    assertThat(config.baseUrl()).isEqualTo("http://localhost:11434/v1/");
    assertThat(config.apiKey()).hasValue("sk-from-env");
    assertThat(config.timeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(OpenAiSettings.from(config).problem()).isEmpty();
  }

  private static OpenAiConfig configWith(Map<String, String> environment) throws IOException {
    URL defaults = OpenAiConfig.class.getResource("/META-INF/microprofile-config.properties");
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors()
            .withSources(new PropertiesConfigSource(defaults, 100))
            .withSources(new PropertiesConfigSource(environment, "environment", 300))
            .withConverter(Duration.class, 200, new DurationConverter())
            .withMapping(OpenAiConfig.class)
            .build();
    return config.getConfigMapping(OpenAiConfig.class);
  }
}
