package dev.gradus.cli;

import dev.gradus.search.Candidate;
import dev.gradus.search.ScoreInterval;
import dev.gradus.spec.BudgetSpec;
import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunState;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the real workflow that honours its contract (progress query, pause and resume
 * signals, cancellation returning a CANCELLED report, continue-as-new) without any activity. The
 * run name picks the behaviour, so CLI tests can start it with a bare spec.
 */
public class FakeOptimizationWorkflow implements PromptOptimizationWorkflow {

  private final java.util.List<String> injected = new java.util.ArrayList<>();
  private BudgetSpec budget = new BudgetSpec(3, null, null, null, null);

  /** Runs until cancelled. */
  static final String ENDLESS = "endless";

  /** Three generations of 600 ms each, long enough to see a progress line. */
  static final String SLOW = "slow";

  /** Continues as new after its first generation, then ends after three. */
  static final String CHAINED = "chained";

  /** Fails with an application error after one generation. */
  static final String FAILING = "failing";

  private RunSpec spec;
  private final List<GenerationSummary> generations = new ArrayList<>();
  private boolean paused;
  private RunStatus endStatus;

  @Override
  public RunReport run(RunSpec spec, RunState resumeFrom) {
    this.spec = spec;
    if (resumeFrom != null) {
      generations.addAll(resumeFrom.generations());
    }
    try {
      while (generations.size() < maxGenerations()) {
        Workflow.await(() -> !paused);
        Workflow.sleep(Duration.ofMillis(SLOW.equals(spec.name()) ? 600 : 50));
        int g = generations.size() + 1;
        generations.add(new GenerationSummary(g, 0.5 + g * 0.01, 0.4, 4, 10, null));
        if (FAILING.equals(spec.name())) {
          throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure(
              "simulated crash", "Fake");
        }
        if (CHAINED.equals(spec.name()) && resumeFrom == null) {
          Workflow.continueAsNew(
              spec,
              new RunState(
                  null,
                  null,
                  null,
                  List.of(),
                  List.of(),
                  generations,
                  Usage.NONE,
                  0,
                  0,
                  false,
                  List.of(),
                  0));
        }
      }
      endStatus = RunStatus.COMPLETED;
    } catch (CanceledFailure e) {
      endStatus = RunStatus.CANCELLED;
    }
    return report();
  }

  private int maxGenerations() {
    return ENDLESS.equals(spec.name()) ? Integer.MAX_VALUE : 3;
  }

  @Override
  public RunReport progress() {
    return report();
  }

  @Override
  public boolean holdsCalls() {
    return paused;
  }

  @Override
  public List<Candidate> leaderboard() {
    return List.of();
  }

  @Override
  public void pause() {
    paused = true;
  }

  @Override
  public void resume() {
    paused = false;
  }

  /** Records the instruction as the best so far, so tests can see the update arrived. */
  @Override
  public String injectCandidate(String instruction) {
    injected.add(instruction);
    return "h" + injected.size();
  }

  @Override
  public void validateInjectCandidate(String instruction) {
    if (instruction == null || instruction.isBlank()) {
      throw new IllegalArgumentException("instruction: must not be empty");
    }
  }

  @Override
  public BudgetSpec changeBudget(BudgetSpec change) {
    budget = budget.merge(change);
    return budget;
  }

  @Override
  public void validateChangeBudget(BudgetSpec change) {}

  private RunReport report() {
    int g = generations.size();
    RunStatus status =
        endStatus != null ? endStatus : paused ? RunStatus.PAUSED : RunStatus.RUNNING;
    Double test = endStatus == null ? null : 0.6;
    ScoredPrompt best =
        new ScoredPrompt(
            "c" + g,
            "Answer positive or negative.",
            List.of(),
            0.5 + g * 0.01,
            20,
            test,
            30,
            null,
            null);
    ScoredPrompt seed =
        new ScoredPrompt("c0", spec.seedPrompt(), List.of(), 0.5, 20, test, 30, null, null);
    return new RunReport(
        Workflow.getInfo().getWorkflowId(),
        spec.name(),
        status,
        "fake",
        g,
        Math.min(maxGenerations(), 1000),
        best,
        seed,
        List.copyOf(generations),
        new Usage(g * 10L, 2, 1000, 100, 0.0012 * g),
        List.of(),
        endStatus == null ? null : endStatus == RunStatus.CANCELLED ? "cancelled" : "generations",
        null,
        1L,
        endStatus == null ? 5L : null,
        null,
        List.of(
            Candidate.proposed(
                    best.id(), best.instruction(), List.of("c0"), "opro", "asked for a label", g)
                .withScore(
                    best.validationScore(), 20, new ScoreInterval(0.3, 0.7, "wilson"), null)));
  }
}
