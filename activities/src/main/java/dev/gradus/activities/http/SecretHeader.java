package dev.gradus.activities.http;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Adds a header that carries a credential ({@code Authorization: Bearer <key>}, {@code x-api-key:
 * <key>}). Providers register it only when a key is configured, so a server that needs none never
 * receives an empty or placeholder header; {@link #toString()} never shows the value.
 */
public final class SecretHeader implements ClientRequestFilter {

  private final String name;
  private final String value;

  public SecretHeader(String name, String value) {
    this.name = name;
    this.value = value;
  }

  /** {@code Authorization: Bearer <key>}. */
  public static SecretHeader bearer(String apiKey) {
    return new SecretHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
  }

  /** The header's name, for the REST client's masked logging. */
  public String name() {
    return name;
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(name, value);
  }

  @Override
  public String toString() {
    return "SecretHeader[" + name + ": ***]";
  }
}
