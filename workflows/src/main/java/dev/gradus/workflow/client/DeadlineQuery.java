package dev.gradus.workflow.client;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.query.v1.WorkflowQuery;
import io.temporal.api.workflowservice.v1.QueryWorkflowRequest;
import io.temporal.api.workflowservice.v1.QueryWorkflowResponse;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A workflow query with a deadline of our choosing. The client's typed query waits for its full RPC
 * timeout when no worker answers, which would make listings crawl; and a closed workflow can be
 * queried too, a worker replaying its history to answer.
 */
public final class DeadlineQuery {

  private final WorkflowClient client;

  public DeadlineQuery(WorkflowClient client) {
    this.client = client;
  }

  /** The query's answer, or empty if no worker answered in time. */
  public <T> Optional<T> fetch(
      String workflowId, String queryType, Class<T> type, Duration deadline) {
    QueryWorkflowRequest request =
        QueryWorkflowRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
            .setQuery(WorkflowQuery.newBuilder().setQueryType(queryType))
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
              .fromPayloads(0, Optional.of(response.getQueryResult()), type, type));
    } catch (RuntimeException e) {
      // No worker in time, a query the workflow rejected, a workflow that vanished: no answer.
      return Optional.empty();
    }
  }
}
