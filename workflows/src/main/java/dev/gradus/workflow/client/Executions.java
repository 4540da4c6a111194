package dev.gradus.workflow.client;

import com.google.protobuf.ByteString;
import io.temporal.api.filter.v1.WorkflowTypeFilter;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lists workflow executions of one type with ListOpen/ListClosedWorkflowExecutions, which every
 * server has; the Java test server lacks the query-based ListWorkflowExecutions.
 */
final class Executions {

  private static final int PAGE_SIZE = 100;

  private Executions() {}

  /** Every open execution of the type, all pages. */
  static List<WorkflowExecutionInfo> open(WorkflowClient client, String type) {
    var service = client.getWorkflowServiceStubs().blockingStub();
    return allPages(
        token -> {
          var page =
              service.listOpenWorkflowExecutions(
                  ListOpenWorkflowExecutionsRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setTypeFilter(filter(type))
                      .setMaximumPageSize(PAGE_SIZE)
                      .setNextPageToken(token)
                      .build());
          return new Page(page.getExecutionsList(), page.getNextPageToken());
        });
  }

  /** Every closed execution of the type, all pages. */
  static List<WorkflowExecutionInfo> closed(WorkflowClient client, String type) {
    var service = client.getWorkflowServiceStubs().blockingStub();
    return allPages(
        token -> {
          var page =
              service.listClosedWorkflowExecutions(
                  ListClosedWorkflowExecutionsRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setTypeFilter(filter(type))
                      .setMaximumPageSize(PAGE_SIZE)
                      .setNextPageToken(token)
                      .build());
          return new Page(page.getExecutionsList(), page.getNextPageToken());
        });
  }

  private static WorkflowTypeFilter filter(String type) {
    return WorkflowTypeFilter.newBuilder().setName(type).build();
  }

  /** One page of a listing and the token of the next ({@code EMPTY} after the last). */
  private record Page(List<WorkflowExecutionInfo> executions, ByteString next) {}

  /** Every execution of a paged listing, following next-page tokens to the end. */
  private static List<WorkflowExecutionInfo> allPages(Function<ByteString, Page> fetch) {
    List<WorkflowExecutionInfo> out = new ArrayList<>();
    ByteString token = ByteString.EMPTY;
    do {
      Page page = fetch.apply(token);
      out.addAll(page.executions());
      token = page.next();
    } while (!token.isEmpty());
    return out;
  }
}
