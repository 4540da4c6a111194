package dev.gradus.workflow;

import com.google.protobuf.Timestamp;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.filter.v1.WorkflowTypeFilter;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds runs and reads their reports, for the CLI and the API alike. Listing uses the open/closed
 * list calls rather than visibility queries, because Temporal's Java test server (the embedded
 * default) supports only those.
 */
public final class RunDirectory {

  private static final int PAGE = 1000;
  private final WorkflowClient client;

  public RunDirectory(WorkflowClient client) {
    this.client = client;
  }

  /** Every run of this namespace, newest first; a continued-as-new chain appears once. */
  public List<RunSummary> list() {
    var service = client.getWorkflowServiceStubs().blockingStub();
    String namespace = client.getOptions().getNamespace();
    WorkflowTypeFilter type =
        WorkflowTypeFilter.newBuilder().setName(PromptOptimizationWorkflow.TYPE).build();
    List<WorkflowExecutionInfo> infos =
        new ArrayList<>(
            service
                .listOpenWorkflowExecutions(
                    ListOpenWorkflowExecutionsRequest.newBuilder()
                        .setNamespace(namespace)
                        .setMaximumPageSize(PAGE)
                        .setTypeFilter(type)
                        .build())
                .getExecutionsList());
    infos.addAll(
        service
            .listClosedWorkflowExecutions(
                ListClosedWorkflowExecutionsRequest.newBuilder()
                    .setNamespace(namespace)
                    .setMaximumPageSize(PAGE)
                    .setTypeFilter(type)
                    .build())
            .getExecutionsList());
    return infos.stream()
        .filter(
            i ->
                i.getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW)
        .sorted(
            Comparator.comparing((WorkflowExecutionInfo i) -> i.getStartTime().getSeconds())
                .reversed())
        .map(RunDirectory::summary)
        .toList();
  }

  /** The run's latest execution status, or throws {@code StatusRuntimeException} NOT_FOUND. */
  public WorkflowExecutionStatus status(String runId) {
    return client
        .getWorkflowServiceStubs()
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(client.getOptions().getNamespace())
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(runId).build())
                .build())
        .getWorkflowExecutionInfo()
        .getStatus();
  }

  /** The live report of a running run, or the final report of a finished one. */
  public RunReport report(String runId) {
    WorkflowStub stub = client.newUntypedWorkflowStub(runId);
    if (status(runId) == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return stub.query("progress", RunReport.class);
    }
    return RunResults.await(stub);
  }

  private static RunSummary summary(WorkflowExecutionInfo i) {
    String status = i.getStatus().name().replace("WORKFLOW_EXECUTION_STATUS_", "");
    return new RunSummary(
        i.getExecution().getWorkflowId(),
        status,
        instant(i.getStartTime()),
        i.hasCloseTime() ? instant(i.getCloseTime()) : null);
  }

  private static String instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).toString();
  }
}
