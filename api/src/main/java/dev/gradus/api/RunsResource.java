package dev.gradus.api;

import dev.gradus.activities.results.RunFilter;
import dev.gradus.activities.results.RunPage;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.client.RunIdGenerator;
import dev.gradus.workflow.client.RunStarter;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Runs: start one from a spec, list them, and read one's live or final report. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

  /** Temporal accepts longer ids; these stay safe in URLs, shells and the Temporal Web UI. */
  static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** The most runs one page holds. */
  static final int MAX_LIMIT = 500;

  @Inject WorkflowClient client;
  @Inject ApiSettings settings;
  @Inject Stores stores;

  @POST
  @Consumes({
    MediaType.APPLICATION_JSON,
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    MediaType.TEXT_PLAIN
  })
  @Operation(
      summary = "Start a run",
      description =
          "The body is a run spec in JSON or YAML. A spec with errors answers 400 with every error"
              + " and its path; nothing is started.")
  public Response create(
      String body,
      @Parameter(description = "The run id; generated from the spec's name when absent")
          @QueryParam("id")
          String id,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    if (id != null && !RUN_ID.matcher(id).matches()) {
      throw new BadRequest(
          "id",
          "must be 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    RunSpec spec = SpecReader.parse(body == null ? "" : body);
    String runId =
        id != null
            ? id
            : new RunIdGenerator(Clock.systemUTC(), new SecureRandom()).next(spec.name());
    new RunStarter(client, settings.taskQueue()).start(spec, runId);
    return Response.created(uri.getAbsolutePathBuilder().path(runId).build())
        .entity(Map.of("runId", runId))
        .build();
  }

  @GET
  @Operation(
      summary = "List runs, newest first, a page at a time",
      description = "Read from the results store: runs started anywhere (CLI, API, Temporal CLI).")
  public RunPage list(
      @Parameter(description = "Only runs in this status") @QueryParam("status") String status,
      @Parameter(description = "Only runs whose name or id contains this, ignoring case")
          @QueryParam("q")
          String text,
      @Parameter(description = "Only runs of this strategy") @QueryParam("strategy")
          String strategy,
      @QueryParam("limit") @DefaultValue("50") int limit,
      @QueryParam("offset") @DefaultValue("0") int offset) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequest("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    if (offset < 0) {
      throw new BadRequest("offset", "must be 0 or more, not " + offset);
    }
    RunStatus wanted = status == null ? null : statusNamed(status);
    RunFilter filter =
        new RunFilter(
            wanted,
            text == null || text.isBlank() ? null : text.strip(),
            strategy == null || strategy.isBlank() ? null : strategy.strip());
    return stores.runs(store -> store.list(filter, offset, limit));
  }

  @GET
  @Path("/{runId}")
  @Operation(summary = "A run's report: live while it runs, final once it ended")
  public RunReport get(@PathParam("runId") String runId) {
    return new RunReports(client, stores).current(runId);
  }

  private static RunStatus statusNamed(String status) {
    try {
      return RunStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(
          "status",
          "unknown status \""
              + status
              + "\"; expected one of: "
              + String.join(
                  ", ",
                  Arrays.stream(RunStatus.values())
                      .map(s -> s.name().toLowerCase(Locale.ROOT))
                      .toList()));
    }
  }
}
