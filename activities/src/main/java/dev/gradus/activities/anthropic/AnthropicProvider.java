package dev.gradus.activities.anthropic;

import dev.gradus.activities.ProvidersConfig;
import dev.gradus.activities.http.ResponseBody;
import dev.gradus.activities.http.RestClients;
import dev.gradus.activities.http.SecretHeader;
import dev.gradus.activities.llm.LlmProvider;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.spec.ModelSpec;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The {@code anthropic} provider: Anthropic's Messages API. Each {@link #complete} is exactly one
 * HTTP call; faults become {@link ProviderException}s and retrying is left to the activity. Outside
 * CDI, build it with {@link #AnthropicProvider(AnthropicSettings)} inside a running Quarkus
 * application (the REST client is generated at build time) and close it when done.
 */
@ApplicationScoped
public class AnthropicProvider implements LlmProvider, AutoCloseable {

  /** The header that carries the key. */
  static final String API_KEY_HEADER = "x-api-key";

  private static final Logger LOG = Logger.getLogger(AnthropicProvider.class);

  private final AnthropicSettings settings;
  private final String configProblem;
  private final MessagesClient client;

  @Inject
  public AnthropicProvider(AnthropicConfig config, ProvidersConfig providers) {
    this(AnthropicSettings.from(config), providers.maxConnections());
  }

  /** A provider with Quarkus' default connection pool, for tests and tools. */
  public AnthropicProvider(AnthropicSettings settings) {
    this(settings, RestClients.DEFAULT_MAX_CONNECTIONS);
  }

  /**
   * @param maxConnections the most connections to the endpoint at once: as many as the worker's
   *     activity slots, since each activity makes one call at a time
   */
  public AnthropicProvider(AnthropicSettings settings, int maxConnections) {
    this.settings = settings;
    // A bad configuration is reported by each call as CONFIG, not at startup, so that a worker
    // serving only other providers still starts.
    this.configProblem = settings.problem().orElse(null);
    this.client = configProblem == null ? buildClient(settings, maxConnections) : null;
    // Names the endpoint, never the key, so operators can see where calls go.
    LOG.infof(
        "anthropic provider: endpoint %s, API key %s%s",
        settings.endpointLabel(),
        settings.hasKey() ? "set" : "not set",
        configProblem == null ? "" : "; calls will fail: " + configProblem);
  }

  @Override
  public String name() {
    return "anthropic";
  }

  @Override
  public LlmResponse complete(LlmRequest request) {
    ModelSpec spec = request.model();
    String model = spec == null ? null : spec.model();
    AnthropicFailures failures =
        new AnthropicFailures(model, settings.endpointLabel(), settings.apiKey());
    if (configProblem != null) {
      throw failures.config(configProblem);
    }
    if (model == null || model.isBlank()) {
      throw failures.rejected("the model spec names no model");
    }
    MessagesRequest body = MessagesRequest.of(spec, request.messages(), failures);
    String text = ResponseBody.ofSuccess(() -> client.create(body), failures);
    return new MessagesReader(failures).read(text, request.messages());
  }

  /** Releases the HTTP connections of the REST client. */
  @PreDestroy
  @Override
  public void close() {
    RestClients.close(client);
  }

  private static MessagesClient buildClient(AnthropicSettings settings, int maxConnections) {
    return RestClients.build(
        MessagesClient.class,
        settings.normalizedBaseUrl(),
        settings.connectTimeout(),
        settings.timeout(),
        maxConnections,
        settings.hasKey() ? new SecretHeader(API_KEY_HEADER, settings.apiKey()) : null);
  }
}
