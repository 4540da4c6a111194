package dev.gradus.api;

import dev.gradus.spec.InvalidSpecException;
import dev.gradus.spec.SpecError;
import dev.gradus.workflow.client.RunAlreadyExistsException;
import dev.gradus.workflow.client.RunEndedException;
import dev.gradus.workflow.client.RunLookupException;
import dev.gradus.workflow.client.ScheduleExistsException;
import dev.gradus.workflow.client.UnknownRunException;
import dev.gradus.workflow.client.UnknownScheduleException;
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
  public Response exists(RunAlreadyExistsException e) {
    return answer(Response.Status.CONFLICT, ApiError.of(e.getMessage()));
  }

  /**
   * What looking up a run or a schedule found: none (404), one that has ended or a name taken
   * (409), or an open one that no worker answered for (503: the API is fine, what is behind it is
   * not).
   */
  @ServerExceptionMapper
  public Response lookup(RunLookupException e) {
    Response.Status status =
        e instanceof UnknownRunException || e instanceof UnknownScheduleException
            ? Response.Status.NOT_FOUND
            : e instanceof RunEndedException || e instanceof ScheduleExistsException
                ? Response.Status.CONFLICT
                : Response.Status.SERVICE_UNAVAILABLE;
    return answer(status, ApiError.of(e.getMessage()));
  }

  @ServerExceptionMapper
  public Response storeDown(Stores.StoreUnavailableException e) {
    return answer(Response.Status.SERVICE_UNAVAILABLE, ApiError.of(e.getMessage()));
  }

  /** The run's update validator refused the request (an empty instruction, one seen before). */
  @ServerExceptionMapper
  public Response refused(WorkflowUpdateException e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String reason =
        cause instanceof ApplicationFailure failure
            ? failure.getOriginalMessage()
            : cause.getMessage();
    return answer(Response.Status.BAD_REQUEST, ApiError.of(reason));
  }

  private static Response answer(Response.Status status, ApiError body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
