package dev.gradus.api;

import dev.gradus.workflow.RunDirectory;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunSummary;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Read-only views of runs: the list, and one run's live or final report. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

  @Inject RunDirectory runs;

  @GET
  public List<RunSummary> list() {
    return runs.list();
  }

  /** The run's report: live while it runs (from the progress query), final once it ended. */
  @GET
  @Path("/{runId}")
  public RunReport get(@PathParam("runId") String runId) {
    try {
      return runs.report(runId);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new NotFoundException("no run \"" + runId + "\"");
      }
      throw e;
    }
  }
}
