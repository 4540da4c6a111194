package dev.gradus.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * When {@code GRADUS_API_TOKEN} is set, every {@code /api} request must carry {@code Authorization:
 * Bearer <token>}; others are answered 401. Health, metrics and OpenAPI under {@code /q} stay open
 * for probes and scrapers, and hold nothing secret.
 */
public class BearerTokenFilter {

  private final Optional<byte[]> token;

  public BearerTokenFilter(@ConfigProperty(name = "gradus.api.token") Optional<String> token) {
    this.token = token.filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  @ServerRequestFilter
  public Optional<Response> requireToken(ContainerRequestContext request) {
    if (token.isEmpty() || !request.getUriInfo().getPath().startsWith("/api")) {
      return Optional.empty();
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
      // Constant time, so that the answer's timing does not reveal how much of a guess was right.
      if (MessageDigest.isEqual(given, token.get())) {
        return Optional.empty();
      }
    }
    return Optional.of(
        Response.status(Response.Status.UNAUTHORIZED)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gradus\"")
            .type(MediaType.APPLICATION_JSON)
            .entity(
                ApiError.of(
                    header == null
                        ? "this API needs a token: send Authorization: Bearer <GRADUS_API_TOKEN>"
                        : "the bearer token is not the API's token"))
            .build());
  }
}
