package dev.gradus.activities.http;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Builds and closes the Quarkus REST clients of the HTTP providers. The clients answer raw {@code
 * Response}s and have the default error mapper turned off, so that every status and every body,
 * JSON or not, reaches the provider's own error mapping instead of a generic client exception.
 */
public final class RestClients {

  private RestClients() {}

  /**
   * A client of {@code api} at {@code baseUrl}.
   *
   * @param timeout how long one call may wait for its answer before it fails as a timeout
   * @param credential the key header, or null when the server needs none
   */
  public static <T> T build(
      Class<T> api,
      String baseUrl,
      Duration connectTimeout,
      Duration timeout,
      SecretHeader credential) {
    QuarkusRestClientBuilder builder =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create(baseUrl))
            .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
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
