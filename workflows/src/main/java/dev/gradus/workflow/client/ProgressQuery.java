package dev.gradus.workflow.client;

import dev.gradus.workflow.RunReport;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.query.v1.WorkflowQuery;
import io.temporal.api.workflowservice.v1.QueryWorkflowRequest;
import io.temporal.api.workflowservice.v1.QueryWorkflowResponse;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code progress} query with a deadline of our choosing. The client's typed query waits for
 * its full RPC timeout when no worker answers, which would make {@code list} crawl; and a closed
 * run can be queried too, a worker replaying its history to answer.
 */
public final class ProgressQuery {

  private final WorkflowClient client;

  public ProgressQuery(WorkflowClient client) {
    this.client = client;
  }

  /** The run's report as its workflow code sees it, or empty if no worker answered in time. */
  public Optional<RunReport> fetch(String runId, Duration deadline) {
    QueryWorkflowRequest request =
        QueryWorkflowRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(runId))
            .setQuery(WorkflowQuery.newBuilder().setQueryType("progress"))
            .build();
    try {
      QueryWorkflowResponse response =
          client
              .getWorkflowServiceStubs()
              .blockingStub()
              .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
              .queryWorkflow(request);
      return Optional.ofNullable(
          client
              .getOptions()
              .getDataConverter()
              .fromPayloads(
                  0, Optional.of(response.getQueryResult()), RunReport.class, RunReport.class));
    } catch (RuntimeException e) {
      // No worker in time, a query the workflow rejected, a run that vanished: nothing to show.
      return Optional.empty();
    }
  }
}
