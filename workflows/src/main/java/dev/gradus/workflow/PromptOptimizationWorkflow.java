package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.spec.BudgetSpec;
import dev.gradus.spec.RunSpec;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * One prompt optimization run. Start it with the run spec as its only argument (JSON from the
 * Temporal CLI works as is); the second argument is the state carried by continue-as-new and is
 * absent on a fresh start.
 */
@WorkflowInterface
public interface PromptOptimizationWorkflow {

  String TYPE = "PromptOptimization";
  String DEFAULT_TASK_QUEUE = "gradus";
  String HOLDS_CALLS_QUERY = "holdsCalls";

  /**
   * Runs generations until the budget is spent or the run is cancelled, then scores the best
   * candidate and the seed on the test split. Cancellation finishes the generation in progress and
   * returns the best so far with status CANCELLED.
   */
  @WorkflowMethod(name = TYPE)
  RunReport run(RunSpec spec, RunState resumeFrom);

  /** The live report: generation, best so far, usage, ETA. Answers at once, even while busy. */
  @QueryMethod(name = "progress")
  RunReport progress();

  /**
   * Whether the run holds provider calls now (paused, and not being cancelled). Activities ask it
   * between calls, so that a pause stops calls inside a batch too; they then return what they have
   * and the run asks again for the rest once resumed.
   */
  @QueryMethod(name = HOLDS_CALLS_QUERY)
  boolean holdsCalls();

  /** The best candidates of the run so far, best first. */
  @QueryMethod(name = "leaderboard")
  List<Candidate> leaderboard();

  /** Stops starting provider calls; calls in flight finish and are kept. */
  @SignalMethod(name = "pause")
  void pause();

  /** Continues a paused run where it stopped. */
  @SignalMethod(name = "resume")
  void resume();

  /**
   * Injects a human-written instruction: it is scored in the next generation like any proposal and
   * recorded in the lineage with operation {@code human}.
   *
   * @return the new candidate's id (h1, h2, ...)
   */
  @UpdateMethod(name = "injectCandidate")
  String injectCandidate(String instruction);

  /** Rejects an empty or overlong instruction, one already scored, or a run that has ended. */
  @UpdateValidatorMethod(updateName = "injectCandidate")
  void validateInjectCandidate(String instruction);

  /**
   * Changes the remaining budget: each limit the change sets replaces the current one; unset limits
   * stay. It applies from the next step.
   *
   * @return the budget now in force
   */
  @UpdateMethod(name = "changeBudget")
  BudgetSpec changeBudget(BudgetSpec change);

  /** Rejects a limit that validation would reject, or a call limit below the calls committed. */
  @UpdateValidatorMethod(updateName = "changeBudget")
  void validateChangeBudget(BudgetSpec change);
}
