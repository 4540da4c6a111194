package dev.gradus.worker.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.anthropic.AnthropicConfig;
import dev.gradus.activities.anthropic.AnthropicSettings;
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
 * The defaults shipped in the activities jar read the same environment variables as Anthropic's
 * SDKs. The environment is simulated by a map source, so the test does not depend on the machine.
 */
class AnthropicConfigTest {

  @Test
  void defaultsToAnthropicWithoutKey() throws IOException {
    AnthropicConfig config = configWith(Map.of());

    assertThat(config.baseUrl()).isEqualTo("https://api.anthropic.com");
    assertThat(config.apiKey()).isEmpty();
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(AnthropicSettings.from(config).problem()).isPresent();
  }

  @Test
  void readsAnthropicApiKeyAndBaseUrl() throws IOException {
    AnthropicConfig config =
        configWith(
            Map.of(
                "ANTHROPIC_API_KEY", "sk-ant-from-env",
                "ANTHROPIC_BASE_URL", "https://llm-gateway.example.com/",
                "gradus.anthropic.timeout", "2m"));

    assertThat(config.apiKey()).hasValue("sk-ant-from-env");
    assertThat(config.baseUrl()).isEqualTo("https://llm-gateway.example.com/");
    assertThat(config.timeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(AnthropicSettings.from(config).problem()).isEmpty();
  }

  private static AnthropicConfig configWith(Map<String, String> environment) throws IOException {
    URL defaults = AnthropicConfig.class.getResource("/META-INF/microprofile-config.properties");
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors()
            .withSources(new PropertiesConfigSource(defaults, 100))
            .withSources(new PropertiesConfigSource(environment, "environment", 300))
            .withConverter(Duration.class, 200, new DurationConverter())
            .withMapping(AnthropicConfig.class)
            .build();
    return config.getConfigMapping(AnthropicConfig.class);
  }
}
