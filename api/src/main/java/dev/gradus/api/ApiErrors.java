package dev.gradus.api;

import dev.gradus.spec.InvalidSpecException;
import dev.gradus.spec.SpecError;
import dev.gradus.workflow.client.RunAlreadyExistsException;
import dev.gradus.workflow.client.RunEndedException;
import dev.gradus.workflow.client.RunLookupException;
import dev.gradus.workflow.client.UnknownRunException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How the API's exceptions become answers: each its status, each with an {@link ApiError}. */
public class ApiErrors {

  @ServerExceptionMapper
  public Response invalidSpec(InvalidSpecException e) {
    return answer(
        Response.Status.BAD_REQUEST,
        new ApiError("invalid run spec (" + e.errors().size() + " errors)", e.errors()));
  }

  @ServerExceptionMapper
  public Response badRequest(BadRequest e) {
    return answer(
        Response.Status.BAD_REQUEST,
        new ApiError(e.getMessage(), List.of(new SpecError(e.field(), e.expected()))));
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return answer(Response.Status.NOT_FOUND, ApiError.of(e.getMessage()));
  }

  @ServerExceptionMapper
  public Response unknownRun(UnknownRunException e) {
    return answer(Response.Status.NOT_FOUND, ApiError.of(e.getMessage()));
  }

  @ServerExceptionMapper
  public Response exists(RunAlreadyExistsException e) {
    return answer(Response.Status.CONFLICT, ApiError.of(e.getMessage()));
  }

  @ServerExceptionMapper
  public Response ended(RunEndedException e) {
    return answer(Response.Status.CONFLICT, ApiError.of(e.getMessage()));
  }

  /** The run is open but no worker answered: the API itself is fine, the service behind is not. */
  @ServerExceptionMapper
  public Response noAnswer(RunLookupException e) {
    return answer(Response.Status.SERVICE_UNAVAILABLE, ApiError.of(e.getMessage()));
  }

  @ServerExceptionMapper
  public Response storeDown(Stores.StoreUnavailableException e) {
    return answer(Response.Status.SERVICE_UNAVAILABLE, ApiError.of(e.getMessage()));
  }

  /** The run's update validator refused the request (an empty instruction, one seen before). */
  @ServerExceptionMapper
  public Response refused(WorkflowUpdateException e) {
    String reason =
        e.getCause() instanceof ApplicationFailure failure
            ? failure.getOriginalMessage()
            : String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
    return answer(Response.Status.BAD_REQUEST, ApiError.of(reason));
  }

  private static Response answer(Response.Status status, ApiError body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
