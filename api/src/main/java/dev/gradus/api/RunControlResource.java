package dev.gradus.api;

import dev.gradus.search.Candidate;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.client.RunLookup;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Steering one run: pause, resume, cancel, inject a candidate, and its candidates with their
 * lineage. Controls answer 202: the run acts on them at its next step, and a run that has ended
 * answers 409.
 */
@Path("/api/runs/{runId}")
@Produces(MediaType.APPLICATION_JSON)
public class RunControlResource {

  /** The longest instruction a person may inject; the workflow applies its own limit too. */
  static final int MAX_INSTRUCTION = 20_000;

  @Inject WorkflowClient client;
  @Inject Stores stores;

  @POST
  @Path("/pause")
  @Operation(summary = "Pause a run: no new provider calls; calls in flight finish and are kept")
  public Response pause(@PathParam("runId") String runId) {
    open(runId).signal("pause");
    return accepted(runId, "pausing: calls in flight finish and are kept; resume continues it");
  }

  @POST
  @Path("/resume")
  @Operation(summary = "Resume a paused run where it stopped")
  public Response resume(@PathParam("runId") String runId) {
    open(runId).signal("resume");
    return accepted(runId, "resuming");
  }

  @POST
  @Path("/cancel")
  @Operation(
      summary = "Cancel a run: it finishes its current generation and reports the best so far")
  public Response cancel(@PathParam("runId") String runId) {
    open(runId).cancel("cancelled from the gradus API");
    return accepted(
        runId, "cancelling: the run finishes its current generation and reports the best so far");
  }

  /** The body of an injection. */
  public record Injection(String instruction) {}

  @POST
  @Path("/candidates")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Inject a human-written instruction, scored in the next generation")
  public Response inject(@PathParam("runId") String runId, Injection body) {
    String instruction = body == null ? null : body.instruction();
    if (instruction == null || instruction.isBlank()) {
      throw new BadRequest("instruction", "must be a non-empty string");
    }
    if (instruction.length() > MAX_INSTRUCTION) {
      throw new BadRequest(
          "instruction", "must be at most " + MAX_INSTRUCTION + " characters long");
    }
    String id = open(runId).update("injectCandidate", String.class, instruction);
    return Response.status(Response.Status.CREATED)
        .entity(
            Map.of(
                "runId", runId,
                "candidateId", id,
                "message", "scored in the next generation"))
        .build();
  }

  /**
   * A run's candidates: every one it has shown on its leaderboard or in its best's lineage, best
   * first, and the best one's lineage, oldest first.
   */
  public record Candidates(String runId, List<Candidate> candidates, List<Candidate> lineage) {}

  @GET
  @Path("/candidates")
  @Operation(
      summary = "The run's candidates and the best candidate's lineage",
      description =
          "Each candidate carries its parents, the operation that made it, the note behind it"
              + " and its per-example results.")
  public Candidates candidates(@PathParam("runId") String runId) {
    RunReport report = new RunReports(client, stores).current(runId);
    List<Candidate> all = stores.runs(store -> store.candidates(runId));
    if (all.isEmpty() && report.leaderboard() != null) {
      all = report.leaderboard(); // a run from before the results store
    }
    return new Candidates(runId, all, report.lineage() == null ? List.of() : report.lineage());
  }

  @GET
  @Path("/generations")
  @Operation(
      summary = "The run's score per generation",
      description = "Best and mean validation score, the best's 95% interval, candidates, calls.")
  public List<GenerationSummary> generations(@PathParam("runId") String runId) {
    List<GenerationSummary> stored = this.stores.runs(store -> store.generations(runId));
    if (!stored.isEmpty()) {
      return stored;
    }
    return new RunReports(client, stores).current(runId).generations();
  }

  private WorkflowStub open(String runId) {
    RunLookup lookup = new RunLookup(client);
    lookup.requireOpen(runId);
    return lookup.stub(runId);
  }

  private static Response accepted(String runId, String message) {
    return Response.accepted(Map.of("runId", runId, "message", message)).build();
  }
}
