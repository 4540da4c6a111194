package dev.gradus.api;

import dev.gradus.search.Candidate;
import dev.gradus.spec.BudgetSpec;
import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunState;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import io.temporal.workflow.Workflow;
import java.util.List;

/** A stand-in run that reports RUNNING until it is resumed, then completes with a fixed report. */
public class ScriptedRun implements PromptOptimizationWorkflow {

  private boolean resumed;
  private RunStatus status = RunStatus.RUNNING;

  @Override
  public RunReport run(RunSpec spec, RunState resumeFrom) {
    Workflow.await(() -> resumed);
    status = RunStatus.COMPLETED;
    return progress();
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
        "scripted",
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
        null);
  }

  @Override
  public boolean holdsCalls() {
    return false;
  }

  @Override
  public List<Candidate> leaderboard() {
    return List.of();
  }

  @Override
  public void pause() {}

  @Override
  public void resume() {
    resumed = true;
  }

  @Override
  public String injectCandidate(String instruction) {
    return "h1";
  }

  @Override
  public void validateInjectCandidate(String instruction) {}

  @Override
  public BudgetSpec changeBudget(BudgetSpec change) {
    return change;
  }

  @Override
  public void validateChangeBudget(BudgetSpec change) {}
}
