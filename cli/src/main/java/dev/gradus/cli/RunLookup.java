package dev.gradus.cli;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import java.util.List;

/** Finds a run by id and reads its report: live from the worker, or final from Temporal's history. */
final class RunLookup {

  private final WorkflowClient client;

  RunLookup(WorkflowClient client) {
    this.client = client;
  }

  WorkflowStub stub(String runId) {
    return client.newUntypedWorkflowStub(runId);
  }

  /** The latest execution of the run; a clear error when no run has this id. */
  WorkflowExecutionDescription describe(String runId) {
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
  void requireOpen(String runId) {
    WorkflowExecutionStatus status = describe(runId).getStatus();
    if (status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      throw new CliFailure("run " + runId + " has already ended (" + readable(status) + ")");
    }
  }

  /** The live progress of an open run, or the final report of a closed one (no worker needed). */
  RunReport current(String runId) {
    WorkflowExecutionStatus status = describe(runId).getStatus();
    if (status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      try {
        return stub(runId).query("progress", RunReport.class);
      } catch (WorkflowException | StatusRuntimeException e) {
        throw new CliFailure(
            "run " + runId + " is open, but no worker answered its progress query: is a worker running (./gradus worker)?");
      }
    }
    return finalReport(runId);
  }

  /** Waits for the run's result; a run that failed or was terminated becomes a FAILED report. */
  RunReport finalReport(String runId) {
    try {
      return stub(runId).getResult(RunReport.class);
    } catch (WorkflowNotFoundException e) {
      throw unknown(runId);
    } catch (WorkflowFailedException e) {
      return withoutResult(runId, e);
    }
  }

  /** A report for a run that ended without returning one: failed, terminated, timed out, cancelled early. */
  static RunReport withoutResult(String runId, WorkflowFailedException e) {
    Throwable cause = e.getCause();
    RunStatus status = cause instanceof CanceledFailure ? RunStatus.CANCELLED : RunStatus.FAILED;
    String error =
        cause instanceof ApplicationFailure app
            ? app.getOriginalMessage()
            : cause != null ? cause.getMessage() : e.getMessage();
    return new RunReport(
        runId, null, status, null, 0, 0, null, null, List.of(), null, List.of(), status.name().toLowerCase(), error, null, null);
  }

  static CliFailure unknown(String runId) {
    return new CliFailure("no run with id " + runId + " (see ./gradus list)");
  }

  static String readable(WorkflowExecutionStatus status) {
    return status.name().replace("WORKFLOW_EXECUTION_STATUS_", "").toLowerCase();
  }
}
