package dev.gradus.workflow.client;

import dev.gradus.schedule.RecurringOptimizationWorkflow;
import dev.gradus.schedule.ScheduleSpec;
import dev.gradus.schedule.ScheduleStatus;
import dev.gradus.schedule.ScheduleView;
import dev.gradus.spec.InvalidSpecException;
import dev.gradus.spec.SpecError;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Creates, lists, inspects and controls schedules (the {@code GradusSchedule} workflows), for the
 * CLI and the API alike. A schedule is named by its spec's name; its workflow id is {@link
 * ScheduleSpec#workflowId}.
 */
public final class ScheduleClient {

  // A worker may replay a schedule's (short) history to answer.
  private static final Duration QUERY_DEADLINE = Duration.ofSeconds(10);

  private final WorkflowClient client;
  private final DeadlineQuery query;

  public ScheduleClient(WorkflowClient client) {
    this.client = client;
    this.query = new DeadlineQuery(client);
  }

  /**
   * Starts a schedule; its first run starts at once for an interval, at the next matching time for
   * cron.
   *
   * @return the schedule's workflow id
   * @throws InvalidSpecException with every problem of the spec
   * @throws ScheduleExistsException when a schedule of that name already exists
   */
  public String create(ScheduleSpec spec, String taskQueue) {
    List<SpecError> errors = spec.validate();
    if (!errors.isEmpty()) {
      throw new InvalidSpecException(errors);
    }
    String id = ScheduleSpec.workflowId(spec.name());
    RecurringOptimizationWorkflow schedule =
        client.newWorkflowStub(
            RecurringOptimizationWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(id).build());
    try {
      WorkflowClient.start(schedule::run, spec, null);
    } catch (WorkflowExecutionAlreadyStarted e) {
      throw new ScheduleExistsException(spec.name());
    }
    return id;
  }

  /** The open schedules, by name, each as its workflow describes itself. */
  public List<ScheduleView> list() {
    Map<String, WorkflowExecutionInfo> open = new TreeMap<>();
    for (WorkflowExecutionInfo info : Executions.open(client, RecurringOptimizationWorkflow.TYPE)) {
      if (info.getType().getName().equals(RecurringOptimizationWorkflow.TYPE)) {
        open.put(info.getExecution().getWorkflowId(), info);
      }
    }
    return open.keySet().stream()
        .map(
            id ->
                query
                    .fetch(id, "describe", ScheduleView.class, QUERY_DEADLINE)
                    .orElseGet(() -> unanswered(id)))
        // A deleted schedule's workflow may still be closing: it is gone for its users already.
        .filter(view -> view.status() != ScheduleStatus.DELETED)
        .sorted(Comparator.comparing(ScheduleView::scheduleId))
        .toList();
  }

  /**
   * The view of a schedule just created, once its workflow has taken its first step (so an interval
   * schedule shows its first run), or as it is after a few seconds.
   */
  public ScheduleView awaitStarted(String name) {
    String id = idOf(name);
    long deadline = System.nanoTime() + QUERY_DEADLINE.toNanos();
    ScheduleView view = unanswered(id);
    while (System.nanoTime() < deadline) {
      view = query.fetch(id, "describe", ScheduleView.class, QUERY_DEADLINE).orElse(view);
      if (view.name() != null
          && (view.currentRunId() != null
              || view.runsStarted() > 0
              || view.nextRunAt() != null && !view.nextRunAt().equals(view.createdAt()))) {
        return view;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return view;
      }
    }
    return view;
  }

  /** One schedule, open or deleted, by name or workflow id. */
  public ScheduleView show(String nameOrId) {
    String id = idOf(nameOrId);
    WorkflowStub stub = client.newUntypedWorkflowStub(id);
    WorkflowExecutionStatus status = status(id);
    if (status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return query
          .fetch(id, "describe", ScheduleView.class, QUERY_DEADLINE)
          .orElseThrow(
              () ->
                  new RunLookupException(
                      "schedule "
                          + nameOrId
                          + " is open, but no worker answered: is a worker running"
                          + " (./gradus worker)?"));
    }
    try {
      return stub.getResult(ScheduleView.class);
    } catch (WorkflowFailedException e) {
      throw new RunLookupException(
          "schedule "
              + nameOrId
              + " ended without a result ("
              + RunLookup.readable(status)
              + "): "
              + dev.gradus.workflow.Failures.rootMessage(e));
    }
  }

  /** Sends one of the schedule's signals: pause, resume, runNow or delete. */
  public void signal(String nameOrId, String signal) {
    String id = idOf(nameOrId);
    if (status(id) != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
        || query
            .fetch(id, "describe", ScheduleView.class, QUERY_DEADLINE)
            .filter(view -> view.status() == ScheduleStatus.DELETED)
            .isPresent()) {
      throw new RunEndedException("schedule " + nameOrId + " has been deleted");
    }
    try {
      client.newUntypedWorkflowStub(id).signal(signal);
    } catch (WorkflowNotFoundException e) {
      // The schedule continues as new after each run; a signal can land in that instant.
      client.newUntypedWorkflowStub(id).signal(signal);
    }
  }

  private WorkflowExecutionStatus status(String id) {
    try {
      return new RunLookup(client).describe(id).getStatus();
    } catch (UnknownRunException e) {
      throw unknown(id); // the same lookup, in a schedule's words
    }
  }

  private static String idOf(String nameOrId) {
    String prefix = ScheduleSpec.workflowId("");
    return nameOrId.startsWith(prefix) ? nameOrId : ScheduleSpec.workflowId(nameOrId);
  }

  private static RunLookupException unknown(String id) {
    return new UnknownScheduleException(id.substring(ScheduleSpec.workflowId("").length()));
  }

  private static ScheduleView unanswered(String id) {
    return new ScheduleView(
        id, null, null, null, null, null, null, null, null, 0, null, List.of(), null);
  }
}
