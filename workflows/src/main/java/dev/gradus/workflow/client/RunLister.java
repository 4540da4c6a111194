package dev.gradus.workflow.client;

import com.google.protobuf.Timestamp;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists runs with ListOpen/ListClosedWorkflowExecutions, because the Java test server lacks
 * ListWorkflowExecutions. Each run appears once even if it continued as new, newest first, with the
 * status Gradus gives it (PAUSED, CANCELLED...) rather than Temporal's.
 */
public final class RunLister {

  // Long enough for a worker to answer, short enough that a list without a worker stays quick.
  private static final Duration PROBE_DEADLINE = Duration.ofSeconds(2);

  private final WorkflowClient client;
  private final ProgressQuery progress;

  public RunLister(WorkflowClient client) {
    this.client = client;
    this.progress = new ProgressQuery(client);
  }

  public List<RunListing> list(int limit) {
    Map<String, List<WorkflowExecutionInfo>> byRun = new LinkedHashMap<>();
    for (WorkflowExecutionInfo info : executions()) {
      if (info.getType().getName().equals(PromptOptimizationWorkflow.TYPE)) {
        byRun
            .computeIfAbsent(info.getExecution().getWorkflowId(), id -> new ArrayList<>())
            .add(info);
      }
    }
    return byRun.values().stream()
        .map(RunLister::sortedByStart)
        .sorted(
            Comparator.comparing((List<WorkflowExecutionInfo> run) -> startOf(run.get(0)))
                .reversed())
        .limit(limit)
        .map(this::listing)
        .toList();
  }

  private RunListing listing(List<WorkflowExecutionInfo> executions) {
    WorkflowExecutionInfo latest = executions.get(executions.size() - 1);
    boolean open = latest.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    String closeTime =
        open || !latest.hasCloseTime() ? null : instant(latest.getCloseTime()).toString();
    return new RunListing(
        latest.getExecution().getWorkflowId(),
        status(latest),
        startOf(executions.get(0)).toString(),
        closeTime);
  }

  private RunStatus status(WorkflowExecutionInfo latest) {
    String runId = latest.getExecution().getWorkflowId();
    switch (latest.getStatus()) {
      case WORKFLOW_EXECUTION_STATUS_RUNNING:
      case WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW:
        // Only the worker knows a paused run from a running one; without an answer, RUNNING.
        return progress
            .fetch(runId, PROBE_DEADLINE)
            .map(report -> report.status() == null ? RunStatus.RUNNING : report.status())
            .orElse(RunStatus.RUNNING);
      case WORKFLOW_EXECUTION_STATUS_COMPLETED:
        // The workflow returns CANCELLED and FAILED reports as ordinary results.
        RunReport report = new RunLookup(client).finalReport(runId);
        return report.status() == null ? RunStatus.COMPLETED : report.status();
      case WORKFLOW_EXECUTION_STATUS_CANCELED:
        return RunStatus.CANCELLED;
      default:
        return RunStatus.FAILED;
    }
  }

  private List<WorkflowExecutionInfo> executions() {
    List<WorkflowExecutionInfo> all = new ArrayList<>();
    all.addAll(Executions.open(client, PromptOptimizationWorkflow.TYPE));
    all.addAll(Executions.closed(client, PromptOptimizationWorkflow.TYPE));
    return all;
  }

  private static List<WorkflowExecutionInfo> sortedByStart(List<WorkflowExecutionInfo> executions) {
    // On a tie the execution that continued as new goes first: its successor is the latest.
    return executions.stream()
        .sorted(
            Comparator.comparing(RunLister::startOf)
                .thenComparing(
                    info ->
                        info.getStatus()
                            != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW))
        .toList();
  }

  private static Instant startOf(WorkflowExecutionInfo info) {
    return instant(info.getStartTime());
  }

  private static Instant instant(Timestamp timestamp) {
    return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
  }
}
