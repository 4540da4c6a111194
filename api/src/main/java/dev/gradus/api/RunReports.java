package dev.gradus.api;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.client.RunLookup;
import dev.gradus.workflow.client.UnknownRunException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import java.util.Optional;

/**
 * A run's report as the API shows it: live from the workflow's progress query while it runs, the
 * results store's once it ended (Temporal's own result for runs the store does not have), and the
 * store's alone when Temporal no longer knows the run (the embedded server keeps nothing across a
 * restart; a real one drops closed runs after their retention).
 */
final class RunReports {

  private final RunLookup lookup;
  private final Stores stores;

  RunReports(WorkflowClient client, Stores stores) {
    this.lookup = new RunLookup(client);
    this.stores = stores;
  }

  RunReport current(String runId) {
    WorkflowExecutionStatus status;
    try {
      status = lookup.describe(runId).getStatus();
    } catch (UnknownRunException e) {
      return storedReport(runId).orElseThrow(() -> e);
    }
    if (status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return lookup.live(runId);
    }
    return storedReport(runId).orElseGet(() -> lookup.finalReport(runId));
  }

  private Optional<RunReport> storedReport(String runId) {
    return stores.runs(store -> store.report(runId));
  }
}
