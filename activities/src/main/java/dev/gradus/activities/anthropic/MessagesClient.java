package dev.gradus.activities.anthropic;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/**
 * Anthropic's Messages API, relative to a base URL such as {@code https://api.anthropic.com}.
 * {@link AnthropicProvider} builds it at runtime, adding {@code x-api-key} when a key is
 * configured. It answers a raw {@link Response} so that every status and every body, JSON or not,
 * reaches {@link AnthropicFailures} instead of a generic client exception.
 */
@Path("/v1/messages")
@ClientHeaderParam(name = "anthropic-version", value = MessagesClient.API_VERSION)
public interface MessagesClient {

  /** The API version whose wire format this client speaks. */
  String API_VERSION = "2023-06-01";

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  Response create(MessagesRequest request);
}
