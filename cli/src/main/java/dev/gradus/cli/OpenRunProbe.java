package dev.gradus.cli;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.temporal.api.query.v1.WorkflowQuery;
import io.temporal.api.workflowservice.v1.QueryWorkflowRequest;
import io.temporal.api.workflowservice.v1.QueryWorkflowResponse;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.common.converter.DataConverter;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Tells a paused run from a running one by asking the worker, with a short deadline: the client's
 * query waits up to its full RPC timeout, which would make {@code list} crawl when no worker runs.
 */
final class OpenRunProbe {

  private static final long DEADLINE_MILLIS = 2000;

  private final TemporalSession session;

  OpenRunProbe(TemporalSession session) {
    this.session = session;
  }

  /** PAUSED or RUNNING as the worker says; RUNNING when no worker answers in time. */
  RunStatus status(String runId) {
    QueryWorkflowRequest request =
        QueryWorkflowRequest.newBuilder()
            .setNamespace(session.namespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(runId))
            .setQuery(WorkflowQuery.newBuilder().setQueryType("progress"))
            .build();
    try {
      QueryWorkflowResponse response =
          session.stubs().blockingStub().withDeadlineAfter(DEADLINE_MILLIS, TimeUnit.MILLISECONDS).queryWorkflow(request);
      DataConverter converter = session.client().getOptions().getDataConverter();
      RunReport report =
          converter.fromPayloads(0, Optional.of(response.getQueryResult()), RunReport.class, RunReport.class);
      return report == null || report.status() == null ? RunStatus.RUNNING : report.status();
    } catch (RuntimeException e) {
      // No worker in time, or the run closed meanwhile: "running" is the honest default.
      return RunStatus.RUNNING;
    }
  }
}
