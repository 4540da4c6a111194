package dev.gradus.workflow.client;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import java.time.Duration;
import java.util.List;

/**
 * Finds a run by id and reads its report: live from the worker, or final from Temporal's history.
 */
public final class RunLookup {

  // A worker may have to replay a whole history to answer, which takes longer than a live query.
  private static final Duration QUERY_DEADLINE = Duration.ofSeconds(10);

  private final WorkflowClient client;

  public RunLookup(WorkflowClient client) {
    this.client = client;
  }

  public WorkflowStub stub(String runId) {
    return client.newUntypedWorkflowStub(runId);
  }

  /** The latest execution of the run; a clear error when no run has this id. */
  public WorkflowExecutionDescription describe(String runId) {
    try {
      return stub(runId).describe();
    } catch (WorkflowNotFoundException e) {
      throw unknown(runId);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw unknown(runId);
      }
      throw e;
    }
  }

  /** Fails unless the run is still going, so signals to an ended run get a plain answer. */
  public void requireOpen(String runId) {
    WorkflowExecutionStatus status = describe(runId).getStatus();
    if (status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      throw new RunEndedException("run " + runId + " has already ended (" + readable(status) + ")");
    }
  }

  /**
   * The live progress of an open run, or the final report of a closed one (read from history; only
   * a cancelled run needs a worker, see {@link #ended}).
   */
  public RunReport current(String runId) {
    WorkflowExecutionStatus status = describe(runId).getStatus();
    if (status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return live(runId);
    }
    return finalReport(runId);
  }

  /** The live progress of a run known to be open, from its progress query. */
  public RunReport live(String runId) {
    return new ProgressQuery(client)
        .fetch(runId, QUERY_DEADLINE)
        .orElseThrow(
            () ->
                new RunLookupException(
                    "run "
                        + runId
                        + " is open, but no worker answered its progress query:"
                        + " is a worker running (./gradus worker)?"));
  }

  /** Waits for the run's result; a run that failed or was terminated becomes a FAILED report. */
  public RunReport finalReport(String runId) {
    try {
      return stub(runId).getResult(RunReport.class);
    } catch (WorkflowNotFoundException e) {
      throw unknown(runId);
    } catch (WorkflowFailedException e) {
      return ended(runId, e);
    }
  }

  /**
   * The report of a run that ended without a result. A cancelled run is the usual case: the Java
   * SDK closes any workflow whose cancellation was requested as CANCELED and drops what it
   * returned, so the best-so-far report is asked of the workflow itself, which a worker answers by
   * replaying the closed run's history. Failed, terminated and timed-out runs get a FAILED report
   * with the reason.
   */
  public RunReport ended(String runId, WorkflowFailedException e) {
    Throwable cause = e.getCause();
    if (cause instanceof CanceledFailure) {
      return new ProgressQuery(client)
          .fetch(runId, QUERY_DEADLINE)
          .map(last -> withStatus(last, RunStatus.CANCELLED))
          .orElseGet(
              () ->
                  bare(
                      runId,
                      RunStatus.CANCELLED,
                      "cancelled; no worker answered with the best prompt so far"));
    }
    String error =
        cause instanceof ApplicationFailure app
            ? app.getOriginalMessage()
            : cause != null ? cause.getMessage() : e.getMessage();
    return bare(runId, RunStatus.FAILED, error);
  }

  private static RunReport bare(String runId, RunStatus status, String error) {
    return new RunReport(
        runId,
        null,
        status,
        null,
        0,
        0,
        null,
        null,
        List.of(),
        null,
        List.of(),
        status == RunStatus.CANCELLED ? "cancelled" : "error",
        error,
        null,
        null,
        null,
        null);
  }

  private static RunReport withStatus(RunReport r, RunStatus status) {
    return new RunReport(
        r.runId(),
        r.name(),
        status,
        r.strategy(),
        r.generation(),
        r.maxGenerations(),
        r.best(),
        r.seed(),
        r.generations(),
        r.usage(),
        r.lineage(),
        r.stopReason() == null ? "cancelled" : r.stopReason(),
        r.error(),
        r.elapsedSeconds(),
        null,
        r.improvement(),
        r.leaderboard());
  }

  public static UnknownRunException unknown(String runId) {
    return new UnknownRunException(runId);
  }

  public static String readable(WorkflowExecutionStatus status) {
    return status.name().replace("WORKFLOW_EXECUTION_STATUS_", "").toLowerCase();
  }
}
