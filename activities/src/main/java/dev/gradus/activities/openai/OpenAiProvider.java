package dev.gradus.activities.openai;

import dev.gradus.activities.llm.LlmProvider;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.spec.ModelSpec;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The {@code openai} provider: any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM,
 * Ollama, llama.cpp server, LM Studio). Each {@link #complete} is exactly one HTTP call; faults
 * become {@link ProviderException}s and retrying is left to the activity. Outside CDI, build it
 * with {@link #OpenAiProvider(OpenAiSettings)} inside a running Quarkus application (the REST
 * client is generated at build time) and close it when done.
 */
@ApplicationScoped
public class OpenAiProvider implements LlmProvider, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(OpenAiProvider.class);

  private final OpenAiSettings settings;
  private final String configProblem;
  private final ChatCompletionsClient client;

  @Inject
  public OpenAiProvider(OpenAiConfig config) {
    this(OpenAiSettings.from(config));
  }

  public OpenAiProvider(OpenAiSettings settings) {
    this.settings = settings;
    // A bad configuration is reported by each call as CONFIG, not at startup, so that a worker
    // serving only other providers still starts.
    this.configProblem = settings.problem().orElse(null);
    this.client = configProblem == null ? buildClient(settings) : null;
    // Names the endpoint, never the key, so operators can see where calls go.
    LOG.infof(
        "openai provider: endpoint %s, API key %s%s",
        settings.endpointLabel(),
        settings.hasKey() ? "set" : "not set",
        configProblem == null ? "" : "; calls will fail: " + configProblem);
  }

  @Override
  public String name() {
    return "openai";
  }

  @Override
  public LlmResponse complete(LlmRequest request) {
    ModelSpec spec = request.model();
    String model = spec == null ? null : spec.model();
    OpenAiFailures failures =
        new OpenAiFailures(model, settings.endpointLabel(), settings.apiKey());
    if (configProblem != null) {
      throw failures.config(configProblem);
    }
    if (model == null || model.isBlank()) {
      throw failures.rejected("the model spec names no model");
    }
    ChatCompletionRequest body =
        new ChatCompletionRequest(
            model,
            request.messages(),
            spec.temperature(),
            spec.maxTokens(),
            settings.sendSeed() ? Integer.valueOf(request.sample()) : null);
    Response response;
    try {
      response = client.create(body);
    } catch (RuntimeException e) {
      throw failures.forTransport(e);
    }
    try (response) {
      String text = readBody(response, failures);
      int status = response.getStatus();
      if (status / 100 == 2) {
        return new ChatCompletionReader(failures).read(text, request.messages());
      }
      throw failures.forStatus(
          status,
          text,
          RetryAfter.parse(
              response.getHeaderString(HttpHeaders.RETRY_AFTER),
              response.getHeaderString("retry-after-ms"),
              Instant.now()));
    }
  }

  /** Releases the HTTP connections of the REST client. */
  @PreDestroy
  @Override
  public void close() {
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Nothing useful can be done about a failed close at shutdown.
      }
    }
  }

  private static String readBody(Response response, OpenAiFailures failures) {
    if (!response.hasEntity()) {
      return "";
    }
    try {
      return response.readEntity(String.class);
    } catch (RuntimeException e) {
      // The headers arrived but the body broke off: the same as a dropped connection.
      throw failures.forTransport(e);
    }
  }

  private static ChatCompletionsClient buildClient(OpenAiSettings settings) {
    QuarkusRestClientBuilder builder =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create(settings.normalizedBaseUrl()))
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
            // Every status reaches OpenAiFailures instead of becoming a generic client exception.
            .disableDefaultMapper(true)
            .loggingMaskedHeaders(Set.of(HttpHeaders.AUTHORIZATION));
    if (settings.hasKey()) {
      builder.register(new BearerAuthFilter(settings.apiKey()));
    }
    return builder.build(ChatCompletionsClient.class);
  }
}
