package dev.gradus.api;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.client.RunLister;
import dev.gradus.workflow.client.RunListing;
import dev.gradus.workflow.client.RunLookup;
import dev.gradus.workflow.client.RunLookupException;
import dev.gradus.workflow.client.UnknownRunException;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Read-only views of runs: the list, and one run's live or final report. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

  @Inject WorkflowClient client;

  /** Runs, newest first. */
  @GET
  public List<RunListing> list(@QueryParam("limit") @DefaultValue("100") int limit) {
    return new RunLister(client).list(Math.max(1, Math.min(limit, 1000)));
  }

  /** The run's report: live while it runs (from the progress query), final once it ended. */
  @GET
  @Path("/{runId}")
  public RunReport get(@PathParam("runId") String runId) {
    try {
      return new RunLookup(client).current(runId);
    } catch (UnknownRunException e) {
      throw new NotFoundException(e.getMessage());
    } catch (RunLookupException e) {
      throw new ServiceUnavailableException(e.getMessage());
    }
  }
}
