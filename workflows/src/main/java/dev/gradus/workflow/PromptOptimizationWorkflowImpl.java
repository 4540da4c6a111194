package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.ScoreComparison;
import dev.gradus.search.SearchStrategy;
import dev.gradus.search.StrategyCatalog;
import dev.gradus.spec.BudgetSpec;
import dev.gradus.spec.EvaluationSpec;
import dev.gradus.spec.InvalidSpecException;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecError;
import dev.gradus.spec.SpecReader;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;

/**
 * Runs generations until the budget is spent or the strategy has converged: the strategy proposes,
 * the scorer evaluates, the strategy selects. Each generation runs in a detached cancellation
 * scope, so a cancel request lets it finish and the run ends with its best so far; every few
 * generations the run continues as new with its {@link RunState}, so history stays bounded however
 * long the run.
 */
public class PromptOptimizationWorkflowImpl implements PromptOptimizationWorkflow {

  private static final Logger log = Workflow.getLogger(PromptOptimizationWorkflowImpl.class);
  static final int SEEN_LIMIT = 5000;

  private final RunActivities activities = new RunActivities();
  private RunSpec spec;
  private RunState state;
  private PauseGate gate;

  /** The last pause or resume signal handled before the workflow method ran; null if none. */
  private Boolean pauseSignalledBeforeStart;

  /** Set in the final report of a run started before the report honoured pauses. */
  private boolean reportIgnoresPause;

  /** Version 1: a cost limit is honoured before calls, reserving the cost of calls in flight. */
  static final String COST_RESERVED = "cost-reserved-before-calls";

  /** Version 1: the final report's test calls wait while the run is paused. */
  static final String REPORT_HONOURS_PAUSE = "report-honours-pause";

  /** Version 1: a pause or resume signalled before a continued run starts beats the carried one. */
  static final String SIGNAL_BEFORE_START_WINS = "signal-before-start-wins";

  private RunStatus finalStatus;
  private RunReport finalReport;
  private BudgetLedger ledger;
  private ResultsRecorder recorder;
  private final Steering steering = new Steering();

  @Override
  public RunReport run(RunSpec input, RunState resumeFrom) {
    List<SpecError> errors = SpecReader.validate(input);
    if (!errors.isEmpty()) {
      throw ApplicationFailure.newNonRetryableFailure(
          new InvalidSpecException(errors).getMessage(), ErrorType.INVALID_SPEC.name());
    }
    spec = input.withDefaults();
    recorder = new ResultsRecorder(activities.results);
    CancellationScope root = CancellationScope.current();
    gate = new PauseGate(root::isCancelRequested, pausedAtStart(resumeFrom));
    if (resumeFrom != null) {
      steering.restore(resumeFrom);
    }
    long startedAt =
        resumeFrom == null ? Workflow.currentTimeMillis() : resumeFrom.startedAtMillis();
    recorder.recordPauses(gate::paused, this::progress, startedAt);
    if (resumeFrom == null) {
      recorder.record(progress(), spec, startedAt);
      try {
        state = new SeedStep(spec, activities, gate).run();
      } catch (ActivityFailure e) {
        // The run fails here (a dataset it cannot use, a provider it cannot reach): say so.
        recorder.record(
            ReportBuilder.build(
                runId(),
                spec,
                null,
                RunStatus.FAILED,
                "error",
                Failures.rootMessage(e),
                Workflow.currentTimeMillis(),
                null,
                null,
                null),
            null,
            startedAt);
        throw e;
      }
      recorder.record(progress(), null, state.startedAtMillis());
    } else {
      state = resumeFrom;
    }
    ledger =
        new BudgetLedger(
            spec.budget(),
            state.usage(),
            state.startedAtMillis(),
            Workflow.getVersion(COST_RESERVED, Workflow.DEFAULT_VERSION, 1) == 1);
    int callsPerExample = spec.callsPerScoredExample();
    ledger.holdForReport(state.dataset().reportCalls(callsPerExample));
    ledger.smallestStep(
        callsPerExample
            * (EvaluationSpec.SUCCESSIVE_HALVING.equals(spec.evaluation().selection())
                ? Math.min(spec.evaluation().minibatch(), state.dataset().validation())
                : state.dataset().validation()));
    SearchStrategy strategy = StrategyCatalog.create(spec.strategy());
    // Seeded from the spec, not from the run id as Workflow.newRandom() is, so that the same spec
    // and seed reproduce the same run; replay-safe because the seed is part of the input.
    Random random = new Random(spec.seed() * 1_000_003L + state.generations().size());
    int generationsThisExecution = 0;
    String stopReason = null;
    String error = null;
    while (true) {
      Optional<String> stop =
          ledger.stopReason(state.generations().size(), Workflow.currentTimeMillis());
      if (stop.isPresent() || gate.cancelled()) {
        stopReason = stop.orElse("cancelled");
        break;
      }
      // Strategies that never converge make no decision here, so older histories replay as before.
      if (strategy.converged(state.search())) {
        stopReason = "converged";
        break;
      }
      if (generationsThisExecution == spec.continueAsNewEvery()) {
        log.info("continuing as new after generation {}", state.generations().size());
        Workflow.continueAsNew(
            spec, state.carrying(gate.paused(), steering.pending(), steering.humanEdits()));
      }
      try {
        CancellationScope step =
            Workflow.newDetachedCancellationScope(
                () ->
                    state =
                        new GenerationStep(
                                spec,
                                state,
                                strategy,
                                activities,
                                ledger,
                                gate,
                                random,
                                steering.drain())
                            .run());
        step.run();
      } catch (ActivityFailure e) {
        error = Failures.rootMessage(e);
        stopReason = "error";
        // The failed step's calls were paid for, the failed activity's own included.
        state = state.withUsage(ledger.spent());
        log.error("run failed: {}", error);
        break;
      }
      generationsThisExecution++;
      recorder.record(progress(), null, state.startedAtMillis());
    }
    // After a cancel request the Java SDK closes the run as cancelled whatever it returns, so
    // clients read a cancelled run's report from the progress query (see RunResults).
    return finish(ledger, stopReason, error);
  }

  /** Scores the best and the seed on the test split, once, and builds the final report. */
  private RunReport finish(BudgetLedger ledger, String stopReason, String error) {
    finalStatus =
        error != null
            ? RunStatus.FAILED
            : "cancelled".equals(stopReason) ? RunStatus.CANCELLED : RunStatus.COMPLETED;
    ScoredPrompt bestTest = null;
    ScoredPrompt seedTest = null;
    ScoreComparison improvement = null;
    if (error == null && state.dataset().test() > 0) {
      reportIgnoresPause =
          Workflow.getVersion(REPORT_HONOURS_PAUSE, Workflow.DEFAULT_VERSION, 1)
              == Workflow.DEFAULT_VERSION;
      PauseGate reportGate = reportIgnoresPause ? PauseGate.open() : gate.forReport();
      TestStep.Result tested = new TestStep(spec, activities, ledger, reportGate).run(state);
      seedTest = tested.seed();
      bestTest = tested.best();
      improvement = tested.comparison();
      state = tested.state();
    }
    finalReport =
        ReportBuilder.build(
            runId(),
            spec,
            state,
            finalStatus,
            stopReason,
            error,
            Workflow.currentTimeMillis(),
            bestTest,
            seedTest,
            improvement);
    recorder.record(finalReport, null, state.startedAtMillis());
    return finalReport;
  }

  /**
   * Whether the run starts paused: as a pause or resume signalled before it started says, else as
   * the execution it continues was.
   */
  private boolean pausedAtStart(RunState resumeFrom) {
    if (resumeFrom == null) {
      return Boolean.TRUE.equals(pauseSignalledBeforeStart);
    }
    if (pauseSignalledBeforeStart != null
        && Workflow.getVersion(SIGNAL_BEFORE_START_WINS, Workflow.DEFAULT_VERSION, 1) == 1) {
      return pauseSignalledBeforeStart;
    }
    return resumeFrom.paused();
  }

  @Override
  public RunReport progress() {
    if (finalReport != null) {
      return finalReport;
    }
    RunStatus status =
        finalStatus != null
            ? finalStatus
            : gate != null && gate.paused()
                    || gate == null && Boolean.TRUE.equals(pauseSignalledBeforeStart)
                ? RunStatus.PAUSED
                : RunStatus.RUNNING;
    return ReportBuilder.build(
        runId(), spec, state, status, null, null, Workflow.currentTimeMillis(), null, null, null);
  }

  @Override
  public boolean holdsCalls() {
    if (reportIgnoresPause) {
      return false; // the activities must not hold what this run's report will not wait for
    }
    return gate == null ? Boolean.TRUE.equals(pauseSignalledBeforeStart) : gate.holdsCalls();
  }

  @Override
  public List<Candidate> leaderboard() {
    return state == null ? List.of() : state.search().leaderboard();
  }

  @Override
  public void pause() {
    if (gate == null) {
      pauseSignalledBeforeStart = true;
    } else {
      gate.pause();
    }
  }

  @Override
  public void resume() {
    if (gate == null) {
      pauseSignalledBeforeStart = false;
    } else {
      gate.resume();
    }
  }

  @Override
  public void validateInjectCandidate(String instruction) {
    requireRunning();
    steering.validateInjection(instruction, spec == null ? null : spec.seedPrompt(), state);
  }

  @Override
  public String injectCandidate(String instruction) {
    String id = steering.inject(instruction, nextGeneration());
    log.info("candidate {} injected by a person", id);
    return id;
  }

  @Override
  public void validateChangeBudget(BudgetSpec change) {
    requireRunning();
    if (spec != null) {
      Steering.changedBudget(spec, change, ledger == null ? 0 : ledger.committedCalls());
    }
  }

  @Override
  public BudgetSpec changeBudget(BudgetSpec change) {
    // An update can arrive in a run's first workflow task, before the workflow method has read
    // its spec (after continue-as-new, say); it then waits for it.
    Workflow.await(() -> spec != null);
    BudgetSpec budget =
        Steering.changedBudget(spec, change, ledger == null ? 0 : ledger.committedCalls());
    spec = spec.withBudget(budget);
    if (ledger != null) {
      ledger.changeBudget(budget);
    }
    log.info("budget changed by a person to {}", budget);
    return budget;
  }

  private void requireRunning() {
    if (finalStatus != null || gate != null && gate.cancelled()) {
      throw new IllegalStateException("the run has ended or is ending; nothing can be changed");
    }
  }

  private int nextGeneration() {
    return state == null ? 1 : state.generations().size() + 1;
  }

  private static String runId() {
    return Workflow.getInfo().getWorkflowId();
  }
}
