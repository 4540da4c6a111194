package dev.gradus.activities.openai;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The chat-completions endpoint of an OpenAI-compatible server. {@link OpenAiProvider} builds it
 * with {@code QuarkusRestClientBuilder}, so the base URL and timeouts come from worker
 * configuration at runtime. It answers a raw {@link Response} so that every status and every body,
 * JSON or not, reaches the error mapping instead of a generic client exception.
 */
@Path("/chat/completions")
public interface ChatCompletionsClient {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  Response create(ChatCompletionRequest request);
}
