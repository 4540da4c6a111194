package dev.gradus.activities.http;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

/**
 * Builds and closes the Quarkus REST clients of the HTTP providers. The clients answer raw {@code
 * Response}s and have the default error mapper turned off, so that every status and every body,
 * JSON or not, reaches the provider's own error mapping instead of a generic client exception.
 */
public final class RestClients {

  /** Quarkus' own pool size, for clients built outside a worker's configuration. */
  public static final int DEFAULT_MAX_CONNECTIONS = 50;

  private RestClients() {}

  /**
   * A client of {@code api} at {@code baseUrl}.
   *
   * @param timeout how long one call may wait for its answer before it fails as a timeout
   * @param maxConnections the most connections the client keeps open to its endpoint
   * @param credential the key header, or null when the server needs none
   */
  public static <T> T build(
      Class<T> api,
      String baseUrl,
      Duration connectTimeout,
      Duration timeout,
      int maxConnections,
      SecretHeader credential) {
    QuarkusRestClientBuilder builder =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create(baseUrl))
            .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            // Each activity makes one call at a time, so a worker has as many calls in flight as
            // activity slots. A smaller pool makes the rest queue inside the client for a
            // connection: with Quarkus' default of 50 (which quarkus.rest-client.* does not change
            // for clients built here), a worker with 128 slots made 200-250 calls per second to an
            // endpoint that answers in 200 ms, of 640 possible (BENCHMARKS.md). Connections are
            // opened only when needed, so a larger pool costs nothing while calls are few.
            .property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, maxConnections)
            .disableDefaultMapper(true);
    if (credential != null) {
      builder.loggingMaskedHeaders(Set.of(credential.name())).register(credential);
    }
    return builder.build(api);
  }

  /** Releases a client's HTTP connections; a failed close at shutdown is ignored. */
  public static void close(Object client) {
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Nothing useful can be done about a failed close at shutdown.
      }
    }
  }
}
