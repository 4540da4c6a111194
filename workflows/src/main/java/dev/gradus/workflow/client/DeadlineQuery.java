package dev.gradus.workflow.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
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

  /**
   * The wait of a first attempt, doubled for each next one. The Java test server drops a query that
   * arrives while the workflow task that continues the run as new is in flight; asked again, the
   * new execution answers. Doubling still lets a busy worker that needs longer to replay answer.
   */
  private static final Duration FIRST_ATTEMPT = Duration.ofSeconds(1);

  /** The query's answer, or empty if no worker answered within {@code deadline}. */
  public <T> Optional<T> fetch(
      String workflowId, String queryType, Class<T> type, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    long wait = FIRST_ATTEMPT.toNanos();
    while (true) {
      long attempt = Math.min(end - System.nanoTime(), wait);
      wait *= 2;
      try {
        return once(workflowId, queryType, type, attempt);
      } catch (StatusRuntimeException e) {
        if (e.getStatus().getCode() != Status.Code.DEADLINE_EXCEEDED
            || end - System.nanoTime() <= 0) {
          return Optional.empty();
        }
      } catch (RuntimeException e) {
        // A query the workflow rejected, a workflow that vanished: no answer, and none to wait for.
        return Optional.empty();
      }
    }
  }

  private <T> Optional<T> once(String workflowId, String queryType, Class<T> type, long nanos) {
    QueryWorkflowRequest request =
        QueryWorkflowRequest.newBuilder()
            .setNamespace(client.getOptions().getNamespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
            .setQuery(WorkflowQuery.newBuilder().setQueryType(queryType))
            .build();
    QueryWorkflowResponse response =
        client
            .getWorkflowServiceStubs()
            .blockingStub()
            .withDeadlineAfter(nanos, TimeUnit.NANOSECONDS)
            .queryWorkflow(request);
    return Optional.ofNullable(
        client
            .getOptions()
            .getDataConverter()
            .fromPayloads(0, Optional.of(response.getQueryResult()), type, type));
  }
}
