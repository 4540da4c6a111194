package dev.gradus.api;

import dev.gradus.search.Candidate;
import dev.gradus.spec.BudgetSpec;
import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.ResultsActivities;
import dev.gradus.workflow.RunRecord;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunState;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in run with a fixed report, named after its spec. It pauses and resumes as told; resumed
 * while not paused, it completes. Injected instructions join its leaderboard, unscored.
 */
public class ScriptedRun implements PromptOptimizationWorkflow {

  private boolean finished;
  private String name = "scripted";
  private RunStatus status = RunStatus.RUNNING;
  private final List<Candidate> injected = new ArrayList<>();

  private final ResultsActivities results =
      Workflow.newActivityStub(
          ResultsActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  @Override
  public RunReport run(RunSpec spec, RunState resumeFrom) {
    if (spec != null) {
      name = spec.name();
    }
    long started = Workflow.currentTimeMillis();
    record(spec, started);
    Async.procedure(
        () -> {
          while (true) {
            RunStatus last = status;
            Workflow.await(() -> status != last);
            record(null, started);
          }
        });
    try {
      Workflow.await(() -> finished);
    } catch (CanceledFailure e) {
      status = RunStatus.CANCELLED;
      Workflow.newDetachedCancellationScope(() -> record(null, started)).run();
      throw e;
    }
    status = RunStatus.COMPLETED;
    record(null, started);
    return progress();
  }

  private void record(RunSpec spec, long started) {
    results.record(new RunRecord(progress(), spec, started, Workflow.currentTimeMillis()));
  }

  @Override
  public RunReport progress() {
    ScoredPrompt best =
        new ScoredPrompt(
            "c7",
            "Answer in one word.",
            List.of(),
            0.9,
            10,
            status == RunStatus.COMPLETED ? 0.8 : null,
            10,
            null,
            null);
    ScoredPrompt seed =
        new ScoredPrompt("c0", "Answer.", List.of(), 0.2, 10, null, null, null, null);
    return new RunReport(
        Workflow.getInfo().getWorkflowId(),
        name,
        status,
        "opro",
        1,
        3,
        best,
        seed,
        List.of(new GenerationSummary(1, 0.9, 0.5, 4, 44, null)),
        new Usage(44, 0, 100, 20, 0.0),
        List.<Candidate>of(),
        null,
        null,
        1L,
        2L,
        null,
        leaderboard());
  }

  @Override
  public boolean holdsCalls() {
    return false;
  }

  @Override
  public List<Candidate> leaderboard() {
    return List.copyOf(injected);
  }

  @Override
  public void pause() {
    status = RunStatus.PAUSED;
  }

  @Override
  public void resume() {
    if (status == RunStatus.PAUSED) {
      status = RunStatus.RUNNING;
    } else {
      finished = true;
    }
  }

  @Override
  public String injectCandidate(String instruction) {
    String id = "h" + (injected.size() + 1);
    injected.add(Candidate.proposed(id, instruction, List.of(), "human", null, 1));
    return id;
  }

  @Override
  public void validateInjectCandidate(String instruction) {
    if (injected.stream().anyMatch(c -> c.instruction().equals(instruction))) {
      throw new IllegalArgumentException("this instruction was injected before");
    }
  }

  @Override
  public BudgetSpec changeBudget(BudgetSpec change) {
    return change;
  }

  @Override
  public void validateChangeBudget(BudgetSpec change) {}
}
