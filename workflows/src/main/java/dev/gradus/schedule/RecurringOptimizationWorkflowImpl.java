package dev.gradus.schedule;

import dev.gradus.spec.InvalidSpecException;
import dev.gradus.spec.SpecError;
import dev.gradus.workflow.DatasetHandle;
import dev.gradus.workflow.ErrorType;
import dev.gradus.workflow.Failures;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunActivities;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.ChildWorkflowCancellationType;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * The durable scheduler: waits for the next time (a workflow timer, or indefinitely while paused,
 * which adds nothing to history), starts the run as a child workflow, compares its best with the
 * incumbent on the held-out test split, records the decision, and continues as new. It works on
 * every Temporal server, the Java test server included, which lacks Temporal Schedules.
 */
public class RecurringOptimizationWorkflowImpl implements RecurringOptimizationWorkflow {

  private static final Logger log = Workflow.getLogger(RecurringOptimizationWorkflowImpl.class);

  private final RunActivities activities = new RunActivities();
  private ScheduleSpec spec;
  private ScheduleState state;
  private boolean paused;

  /** The last pause or resume signal handled before the workflow method ran; null if none. */
  private Boolean pauseSignalledBeforeStart;

  private boolean deleted;
  private boolean runNowRequested;
  private String currentRunId;

  @Override
  public ScheduleView run(ScheduleSpec input, ScheduleState resumeFrom) {
    List<SpecError> errors = input.validate();
    if (!errors.isEmpty()) {
      throw ApplicationFailure.newNonRetryableFailure(
          new InvalidSpecException(errors).getMessage(), ErrorType.INVALID_SPEC.name());
    }
    spec = input.withDefaults();
    long now = Workflow.currentTimeMillis();
    if (resumeFrom != null) {
      state = resumeFrom;
      // A signal handled before this method ran is newer than the state carried over.
      paused = pauseSignalledBeforeStart != null ? pauseSignalledBeforeStart : resumeFrom.paused();
      runNowRequested |= resumeFrom.runNowPending();
    } else {
      ScheduleTiming t = ScheduleTiming.of(spec, Instant.ofEpochMilli(now));
      state = ScheduleState.created(now, t.first().toEpochMilli(), spec.run().seedPrompt());
    }
    ScheduleRecorder recorder = new ScheduleRecorder(spec);
    recorder.watch(this::view);
    ScheduleTiming timing = ScheduleTiming.of(spec, Instant.ofEpochMilli(state.createdAtMillis()));
    while (awaitNextRun(timing)) {
      long firedAt = Workflow.currentTimeMillis();
      runOnce();
      if (deleted) {
        break;
      }
      // A run started ahead of time keeps the regular time; otherwise the next one after now
      // (times that passed while the run went on are skipped, so runs never pile up).
      long next =
          state.nextRunAtMillis() > firedAt
              ? state.nextRunAtMillis()
              : timing.nextAfter(Instant.ofEpochMilli(Workflow.currentTimeMillis())).toEpochMilli();
      state = state.withNextRunAt(next);
      recorder.settle(this::view);
      Workflow.continueAsNew(input, state.carrying(paused, runNowRequested));
    }
    log.info("schedule {} deleted after {} runs", spec.name(), state.runsStarted());
    recorder.settle(this::view);
    return view();
  }

  /** Waits until a run is due; false once the schedule is deleted. */
  private boolean awaitNextRun(ScheduleTiming timing) {
    while (true) {
      if (deleted) {
        return false;
      }
      if (runNowRequested) {
        runNowRequested = false;
        return true;
      }
      if (paused) {
        Workflow.await(() -> !paused || deleted || runNowRequested);
        long now = Workflow.currentTimeMillis();
        if (!paused && state.nextRunAtMillis() <= now) {
          state = state.withNextRunAt(timing.nextAfter(Instant.ofEpochMilli(now)).toEpochMilli());
        }
        continue;
      }
      long wait = state.nextRunAtMillis() - Workflow.currentTimeMillis();
      if (wait <= 0) {
        return true;
      }
      awaitAtMost(Duration.ofMillis(wait), () -> deleted || paused || runNowRequested);
    }
  }

  /**
   * Like {@code Workflow.await(timeout, condition)}, but cancels the timer when the condition comes
   * first; a paused schedule would otherwise record the timer firing days later.
   */
  private static void awaitAtMost(Duration timeout, Supplier<Boolean> condition) {
    @SuppressWarnings("unchecked")
    Promise<Void>[] timer = new Promise[1];
    CancellationScope scope =
        Workflow.newCancellationScope(() -> timer[0] = Workflow.newTimer(timeout));
    scope.run();
    timer[0].exceptionally(cancelled -> null); // its cancellation is expected, not an error
    Workflow.await(() -> timer[0].isCompleted() || condition.get());
    if (!timer[0].isCompleted()) {
      scope.cancel();
    }
  }

  /** Starts one run, waits for it, and records what came of it. */
  private void runOnce() {
    state = state.started();
    int number = state.runsStarted();
    String runId = runId(number);
    String startedAt = now();
    PromptOptimizationWorkflow child =
        Workflow.newChildWorkflowStub(
            PromptOptimizationWorkflow.class,
            ChildWorkflowOptions.newBuilder()
                .setWorkflowId(runId)
                .setTaskQueue(Workflow.getInfo().getTaskQueue())
                // Deleting or terminating the schedule asks its run to stop with a report.
                .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_REQUEST_CANCEL)
                .setCancellationType(ChildWorkflowCancellationType.TRY_CANCEL)
                .build());
    @SuppressWarnings("unchecked")
    Promise<RunReport>[] result = new Promise[1];
    CancellationScope scope =
        Workflow.newCancellationScope(
            () -> result[0] = Async.function(child::run, spec.run(), null));
    scope.run();
    currentRunId = runId;
    log.info("schedule {} started run {}", spec.name(), runId);
    Workflow.await(() -> result[0].isCompleted() || deleted);
    currentRunId = null;
    if (!result[0].isCompleted()) {
      scope.cancel();
      record(number, runId, startedAt, "CANCELLED", "the schedule was deleted during the run");
      return;
    }
    RunReport report;
    try {
      report = result[0].get();
    } catch (ChildWorkflowFailure e) {
      boolean cancelled = e.getCause() instanceof CanceledFailure;
      record(
          number,
          runId,
          startedAt,
          cancelled ? "CANCELLED" : "FAILED",
          cancelled ? "the run was cancelled" : "the run failed: " + Failures.rootMessage(e));
      return;
    }
    if (report.status() != RunStatus.COMPLETED) {
      record(
          number,
          runId,
          startedAt,
          report.status().name(),
          "the run ended "
              + report.status()
              + (report.error() != null ? ": " + report.error() : ""));
      return;
    }
    compare(number, runId, startedAt, report.best());
  }

  /** Scores the run's best against the incumbent on the same held-out examples and decides. */
  private void compare(int number, String runId, String startedAt, ScoredPrompt best) {
    Incumbent incumbent = state.incumbent();
    List<Integer> demos = best.demos() == null ? List.of() : best.demos();
    if (best.instruction().equals(incumbent.instruction()) && demos.equals(incumbent.demos())) {
      record(number, runId, startedAt, "COMPLETED", "the run's best is the incumbent itself");
      return;
    }
    HeldOutComparison comparison;
    PromotionRule.Verdict verdict;
    try {
      DatasetHandle data = activities.datasets.prepare(spec.run().task());
      comparison = new HeldOutComparison(activities.evaluations, spec.run(), data);
      verdict = comparison.compare(best.instruction(), demos, incumbent, spec.alpha());
    } catch (ActivityFailure e) {
      record(
          number,
          runId,
          startedAt,
          "COMPLETED",
          "the held-out comparison failed, the incumbent stays: " + Failures.rootMessage(e));
      return;
    }
    String finishedAt = now();
    ScheduledRun entry =
        new ScheduledRun(
            number,
            runId,
            startedAt,
            finishedAt,
            "COMPLETED",
            best.instruction(),
            verdict.challengerScore(),
            verdict.incumbentScore(),
            verdict.examples(),
            verdict.wins(),
            verdict.losses(),
            verdict.pValue(),
            verdict.promoted(),
            verdict.reason());
    Incumbent promoted =
        verdict.promoted()
            ? new Incumbent(best.instruction(), demos, runId, finishedAt, verdict.challengerScore())
            : null;
    state = state.recorded(entry, promoted, comparison.usage());
    log.info("schedule {} run {}: {}", spec.name(), runId, verdict.reason());
  }

  private void record(int number, String runId, String startedAt, String status, String reason) {
    state =
        state.recorded(
            ScheduledRun.withoutComparison(number, runId, startedAt, now(), status, reason),
            null,
            Usage.NONE);
    log.info("schedule {} run {}: {}", spec.name(), runId, reason);
  }

  /**
   * A run id unique across schedules of the same name: a deleted and re-created schedule must not
   * reuse its predecessor's run ids, so the creation time is part of it.
   */
  private String runId(int number) {
    return "gradus-"
        + spec.name()
        + "-s"
        + Long.toString(state.createdAtMillis() / 1000, 36)
        + "-"
        + number;
  }

  @Override
  public ScheduleView describe() {
    if (spec == null || state == null) {
      return new ScheduleView(
          Workflow.getInfo().getWorkflowId(),
          null,
          paused ? ScheduleStatus.PAUSED : ScheduleStatus.ACTIVE,
          null,
          null,
          null,
          null,
          null,
          null,
          0,
          null,
          List.of(),
          null);
    }
    return view();
  }

  private ScheduleView view() {
    ScheduleStatus status =
        deleted ? ScheduleStatus.DELETED : paused ? ScheduleStatus.PAUSED : ScheduleStatus.ACTIVE;
    return new ScheduleView(
        Workflow.getInfo().getWorkflowId(),
        spec.name(),
        status,
        spec.every(),
        spec.cron(),
        spec.alpha(),
        Instant.ofEpochMilli(state.createdAtMillis()).toString(),
        status == ScheduleStatus.ACTIVE
            ? Instant.ofEpochMilli(state.nextRunAtMillis()).toString()
            : null,
        currentRunId,
        state.runsStarted(),
        state.incumbent(),
        state.history(),
        state.comparisonUsage());
  }

  @Override
  public void pause() {
    paused = true;
    if (state == null) {
      pauseSignalledBeforeStart = true;
    }
  }

  @Override
  public void resume() {
    paused = false;
    if (state == null) {
      pauseSignalledBeforeStart = false;
    }
  }

  @Override
  public void runNow() {
    runNowRequested = true;
  }

  @Override
  public void delete() {
    deleted = true;
  }

  private static String now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis()).toString();
  }
}
