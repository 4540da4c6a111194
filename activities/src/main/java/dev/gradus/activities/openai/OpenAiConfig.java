package dev.gradus.activities.openai;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Worker configuration of the {@code openai} provider. The defaults in {@code
 * META-INF/microprofile-config.properties} read {@code OPENAI_BASE_URL} and {@code OPENAI_API_KEY},
 * as the official SDKs do, so a worker needs no Gradus-specific settings.
 */
@ConfigMapping(prefix = "gradus.openai")
public interface OpenAiConfig {

  /** The chat-completions base URL, with or without a trailing slash, e.g. {@code .../v1}. */
  @WithDefault(OpenAiSettings.OPENAI_BASE_URL)
  String baseUrl();

  /** The bearer key; absent for local servers (vLLM, Ollama, llama.cpp, LM Studio). */
  Optional<String> apiKey();

  /** How long one call may wait for its answer before it is abandoned as a TIMEOUT. */
  @WithDefault("60s")
  Duration timeout();

  /** How long opening a connection may take. */
  @WithDefault("10s")
  Duration connectTimeout();

  /**
   * Whether to send the sample index as {@code seed}, so that repeated samples of one conversation
   * are distinct draws and each is as reproducible as the server allows. Turn off for a server that
   * rejects the field.
   */
  @WithDefault("true")
  boolean sendSeed();
}
