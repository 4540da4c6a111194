package dev.gradus.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.workflow.FakeTask;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.PromptOptimizationWorkflowImpl;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.Specs;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Schedules on Temporal's time-skipping test environment: days pass in milliseconds, runs are real
 * child workflows over {@link FakeTask}'s activities.
 */
class RecurringOptimizationWorkflowTest {

  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private final FakeTask fake = new FakeTask();

  @BeforeEach
  void setUp() {
    env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(
        PromptOptimizationWorkflowImpl.class, RecurringOptimizationWorkflowImpl.class);
    worker.registerActivitiesImplementations(fake);
    env.start();
    client = env.getWorkflowClient();
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private RecurringOptimizationWorkflow start(ScheduleSpec spec) {
    RecurringOptimizationWorkflow schedule =
        client.newWorkflowStub(
            RecurringOptimizationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                .setWorkflowId(ScheduleSpec.workflowId(spec.name()))
                .build());
    WorkflowClient.start(schedule::run, spec, null);
    return client.newWorkflowStub(
        RecurringOptimizationWorkflow.class, ScheduleSpec.workflowId(spec.name()));
  }

  private ScheduleView awaitRuns(RecurringOptimizationWorkflow schedule, int runs) {
    for (int i = 0; i < 2000; i++) {
      ScheduleView view = schedule.describe();
      if (view.history().size() >= runs) {
        return view;
      }
      env.sleep(Duration.ofMinutes(10));
    }
    throw new AssertionError(
        "the schedule never recorded " + runs + " runs: " + schedule.describe());
  }

  @Test
  void firstRunBeatsTheSeedAndIsPromotedThenAnEqualRunIsNot() {
    RecurringOptimizationWorkflow schedule =
        start(new ScheduleSpec(Specs.opro(3, "", ""), "24h", null, null));

    ScheduleView first = awaitRuns(schedule, 1);
    ScheduledRun run1 = first.history().get(0);
    assertThat(run1.runStatus()).isEqualTo("COMPLETED");
    assertThat(run1.promoted()).as(run1.reason()).isTrue();
    assertThat(run1.incumbentScore()).isEqualTo(0.0);
    assertThat(run1.challengerScore()).isGreaterThanOrEqualTo(0.4);
    assertThat(run1.examples()).isEqualTo(6);
    assertThat(run1.wins()).isEqualTo(6);
    assertThat(run1.pValue()).isCloseTo(1.0 / 64, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(first.incumbent().instruction()).isEqualTo(run1.challenger());
    assertThat(first.incumbent().runId()).isEqualTo(run1.runId());
    RunReport runReport = client.newUntypedWorkflowStub(run1.runId()).getResult(RunReport.class);
    assertThat(runReport.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run1.challenger()).isEqualTo(runReport.best().instruction());
    Instant created = Instant.parse(first.createdAt());
    assertThat(Instant.parse(first.nextRunAt())).isEqualTo(created.plus(Duration.ofHours(24)));

    ScheduleView second = awaitRuns(schedule, 2);
    ScheduledRun run2 = second.history().get(1);
    assertThat(
            Duration.between(created.plus(Duration.ofHours(24)), Instant.parse(run2.startedAt())))
        .as("the second run starts when due")
        .isBetween(Duration.ZERO, Duration.ofSeconds(5));
    assertThat(run2.promoted()).isFalse();
    assertThat(run2.reason()).isEqualTo("the run's best is the incumbent itself");
    assertThat(second.incumbent().runId()).as("the incumbent stays").isEqualTo(run1.runId());
    assertThat(second.runsStarted()).isEqualTo(2);
    assertThat(run2.runId()).isNotEqualTo(run1.runId());
  }

  @Test
  void aPausedScheduleStartsNothingForDaysWithoutGrowingItsHistoryAndResumes() {
    RecurringOptimizationWorkflow schedule =
        start(new ScheduleSpec(Specs.opro(2, "", ""), "24h", null, null));
    awaitRuns(schedule, 1);
    schedule.pause();
    ScheduleView paused = schedule.describe();
    assertThat(paused.status()).isEqualTo(ScheduleStatus.PAUSED);
    assertThat(paused.nextRunAt()).isNull();
    String id = ScheduleSpec.workflowId("toy");
    env.sleep(Duration.ofMinutes(1)); // the signal's own workflow task, and the timer it cancels
    int events = client.fetchHistory(id).getHistory().getEventsCount();

    env.sleep(Duration.ofDays(5));

    assertThat(schedule.describe().runsStarted()).isEqualTo(1);
    assertThat(client.fetchHistory(id).getHistory().getEventsCount())
        .as("a paused schedule's history does not grow")
        .isEqualTo(events);
    assertThat(fake.scheduleRecords)
        .as("the results store saw the pause")
        .last()
        .extracting(r -> r.view().status())
        .isEqualTo(ScheduleStatus.PAUSED);
    Instant resumedAt = Instant.ofEpochMilli(env.currentTimeMillis());
    schedule.resume();
    ScheduleView resumed = schedule.describe();
    assertThat(resumed.status()).isEqualTo(ScheduleStatus.ACTIVE);
    Instant next = Instant.parse(resumed.nextRunAt());
    assertThat(next).as("missed times are skipped").isAfter(resumedAt);
    assertThat(Duration.between(Instant.parse(resumed.createdAt()), next).toHours() % 24).isZero();
    assertThat(awaitRuns(schedule, 2).runsStarted()).isEqualTo(2);
  }

  @Test
  void runNowStartsARunAheadOfTimeAndKeepsTheRegularTime() {
    RecurringOptimizationWorkflow schedule =
        start(new ScheduleSpec(Specs.opro(2, "", ""), "7d", null, null));
    ScheduleView first = awaitRuns(schedule, 1);
    schedule.runNow();
    ScheduleView second = awaitRuns(schedule, 2);
    assertThat(Instant.parse(second.history().get(1).startedAt()))
        .isBefore(Instant.parse(first.nextRunAt()));
    assertThat(second.nextRunAt()).isEqualTo(first.nextRunAt());
  }

  @Test
  void runNowDuringARunStartsAnotherRightAfterIt() throws Exception {
    fake.evaluationDelayMillis = 100;
    RecurringOptimizationWorkflow schedule =
        start(new ScheduleSpec(Specs.opro(3, "", ""), "7d", null, null));
    while (schedule.describe().currentRunId() == null) {
      Thread.sleep(10);
    }
    schedule.runNow(); // while the first run goes on, before the schedule continues as new
    ScheduleView second = awaitRuns(schedule, 2);
    Instant firstDue = Instant.parse(second.createdAt()).plus(Duration.ofDays(7));
    assertThat(Instant.parse(second.history().get(1).startedAt())).isBefore(firstDue);
  }

  @Test
  void aResumeSignalledAsAContinuedScheduleStartsBeatsTheCarriedPause() {
    long now = env.currentTimeMillis();
    ScheduleState pausedState =
        ScheduleState.created(now, now + Duration.ofHours(1).toMillis(), "Solve it.")
            .carrying(true, false);
    WorkflowStub stub =
        client.newUntypedWorkflowStub(
            RecurringOptimizationWorkflow.TYPE,
            WorkflowOptions.newBuilder()
                .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                .setWorkflowId(ScheduleSpec.workflowId("toy"))
                .build());
    stub.signalWithStart(
        "resume",
        new Object[0],
        new Object[] {new ScheduleSpec(Specs.opro(2, "", ""), "24h", null, null), pausedState});
    RecurringOptimizationWorkflow schedule =
        client.newWorkflowStub(RecurringOptimizationWorkflow.class, ScheduleSpec.workflowId("toy"));
    assertThat(schedule.describe().status()).isEqualTo(ScheduleStatus.ACTIVE);
    assertThat(awaitRuns(schedule, 1).history()).hasSize(1);
  }

  @Test
  void deletingEndsTheScheduleAndCancelsItsRunInProgress() throws Exception {
    fake.evaluationDelayMillis = 300;
    RecurringOptimizationWorkflow schedule =
        start(new ScheduleSpec(Specs.opro(40, "", ""), "24h", null, null));
    String runId = null;
    for (int i = 0; i < 200 && runId == null; i++) {
      runId = schedule.describe().currentRunId();
      Thread.sleep(20);
    }
    assertThat(runId).as("a run is in progress").isNotNull();

    schedule.delete();

    ScheduleView end =
        WorkflowStub.fromTyped(schedule).getResult(30, TimeUnit.SECONDS, ScheduleView.class);
    assertThat(end.status()).isEqualTo(ScheduleStatus.DELETED);
    assertThat(end.history())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.runStatus()).isEqualTo("CANCELLED");
              assertThat(r.promoted()).isFalse();
            });
    assertThat(end.incumbent().instruction()).as("nothing was promoted").isEqualTo("Solve it.");
    assertThat(fake.scheduleRecords)
        .as("the results store has the end, recorded before the schedule closed")
        .last()
        .satisfies(r -> assertThat(r.view()).isEqualTo(end));
    // The run was asked to cancel: it ends with its best so far rather than running 40 generations.
    WorkflowStub run = client.newUntypedWorkflowStub(runId);
    assertThatThrownBy(() -> run.getResult(30, TimeUnit.SECONDS, RunReport.class))
        .isInstanceOf(WorkflowFailedException.class);
  }

  @Test
  void anInvalidScheduleFailsAtOnceNamingTheField() {
    RecurringOptimizationWorkflow schedule =
        start(new ScheduleSpec(Specs.opro(2, "", ""), "often", null, null));
    assertThatThrownBy(
            () ->
                WorkflowStub.fromTyped(schedule)
                    .getResult(10, TimeUnit.SECONDS, ScheduleView.class))
        .isInstanceOf(WorkflowFailedException.class)
        .rootCause()
        .isInstanceOf(ApplicationFailure.class)
        .hasMessageContaining("every: must be a duration");
  }
}
