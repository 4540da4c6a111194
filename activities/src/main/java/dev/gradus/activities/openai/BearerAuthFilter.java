package dev.gradus.activities.openai;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Adds {@code Authorization: Bearer <key>}. It is registered only when a key is configured, so a
 * local server that needs none never receives an empty or placeholder header.
 */
final class BearerAuthFilter implements ClientRequestFilter {

  private final String apiKey;

  BearerAuthFilter(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
  }

  @Override
  public String toString() {
    return "BearerAuthFilter[***]";
  }
}
