package dev.gradus.api;

import dev.gradus.activities.results.ScheduleStore;
import dev.gradus.schedule.ScheduleSpec;
import dev.gradus.schedule.ScheduleView;
import dev.gradus.workflow.client.RunLookupException;
import dev.gradus.workflow.client.ScheduleClient;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Recurring re-optimizations: a run spec started again on an interval or a cron schedule, its best
 * prompt promoted only when it beats the incumbent on held-out data (README, Schedules).
 */
@Path("/api/schedules")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulesResource {

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
      summary = "Create a schedule",
      description =
          "The body holds run (a run spec), every (90s, 30m, 24h, 7d) or cron (five fields, UTC),"
              + " and optionally alpha. Errors answer 400 with every error and its path; a name"
              + " already scheduled answers 409.")
  public Response create(String body, @jakarta.ws.rs.core.Context UriInfo uri) {
    ScheduleSpec spec = ScheduleSpec.parse(body == null ? "" : body);
    String id = new ScheduleClient(client).create(spec, settings.taskQueue());
    return Response.created(uri.getAbsolutePathBuilder().path(spec.name()).build())
        .entity(Map.of("scheduleId", id, "name", spec.name()))
        .build();
  }

  @GET
  @Operation(
      summary = "The schedules that are not deleted, by name",
      description = "Read from the results store, where each schedule records every change.")
  public List<ScheduleView> list() {
    return stores.schedules(ScheduleStore::active);
  }

  @GET
  @Path("/{name}")
  @Operation(
      summary = "One schedule: its timing, incumbent and promotion history",
      description =
          "Live from the schedule's workflow; from the results store when no worker answers or"
              + " Temporal no longer knows it (a deleted schedule's history stays there).")
  public ScheduleView get(@PathParam("name") String name) {
    try {
      return new ScheduleClient(client).show(name);
    } catch (RunLookupException e) {
      // Unknown to Temporal (forgotten, or never created), or no worker answered.
      Optional<ScheduleView> stored =
          stores.schedules(store -> store.find(ScheduleSpec.workflowId(name)));
      if (stored.isPresent()) {
        return stored.get();
      }
      throw e;
    }
  }

  @POST
  @Path("/{name}/pause")
  @Operation(summary = "Pause a schedule: no new runs until it is resumed")
  public Response pause(@PathParam("name") String name) {
    return signal(name, "pause", "paused: no new runs until resumed");
  }

  @POST
  @Path("/{name}/resume")
  @Operation(summary = "Resume a paused schedule")
  public Response resume(@PathParam("name") String name) {
    return signal(name, "resume", "resumed");
  }

  @POST
  @Path("/{name}/run")
  @Operation(summary = "Start one of the schedule's runs now")
  public Response runNow(@PathParam("name") String name) {
    return signal(name, "runNow", "a run starts now");
  }

  @DELETE
  @Path("/{name}")
  @Operation(summary = "Delete a schedule; a run it started goes on to its end")
  public Response delete(@PathParam("name") String name) {
    return signal(name, "delete", "deleted");
  }

  private Response signal(String name, String signal, String message) {
    new ScheduleClient(client).signal(name, signal);
    return Response.accepted(Map.of("name", name, "message", message)).build();
  }
}
