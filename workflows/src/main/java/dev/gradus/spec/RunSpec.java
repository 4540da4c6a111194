package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One optimization run as the user wrote it: the contract of BRIEF.md. The same record is the input
 * of the {@code PromptOptimization} workflow, so a JSON document started from the Temporal CLI
 * deserializes into it directly.
 *
 * @param continueAsNewEvery how many generations one workflow execution runs before it continues as
 *     new, which keeps every execution's history bounded
 * @param cache whether provider answers may come from (and go to) the workers' response cache; true
 *     unless set false
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSpec(
    String name,
    TaskSpec task,
    String seedPrompt,
    ModelsSpec models,
    StrategySpec strategy,
    EvaluationSpec evaluation,
    BudgetSpec budget,
    Long seed,
    Integer continueAsNewEvery,
    Boolean cache) {

  public static final int DEFAULT_CONTINUE_AS_NEW_EVERY = 10;

  /** The same spec with another budget, as a person's budget change makes it. */
  public RunSpec withBudget(BudgetSpec newBudget) {
    return new RunSpec(
        name,
        task,
        seedPrompt,
        models,
        strategy,
        evaluation,
        newBudget,
        seed,
        continueAsNewEvery,
        cache);
  }

  /** The same spec with the response cache turned off, as {@code --no-cache} asks. */
  public RunSpec withoutCache() {
    return new RunSpec(
        name,
        task,
        seedPrompt,
        models,
        strategy,
        evaluation,
        budget,
        seed,
        continueAsNewEvery,
        false);
  }

  /** Whether provider answers may come from the response cache. */
  public boolean usesCache() {
    return cache == null || cache;
  }

  /**
   * Provider calls that scoring one example of this run may make: {@link
   * MetricSpec#callsPerExample}.
   */
  public int callsPerScoredExample() {
    return MetricSpec.callsPerExample(
        task == null ? null : task.metric(),
        evaluation == null ? 1 : evaluation.samplesPerExample());
  }

  /** The same spec with every optional field filled in, so the workflow never reads a null. */
  public RunSpec withDefaults() {
    long s = seed == null ? 0L : seed;
    return new RunSpec(
        name,
        task == null ? null : task.withDefaults(s),
        seedPrompt,
        models,
        strategy,
        evaluation == null ? EvaluationSpec.DEFAULT : evaluation.withDefaults(),
        budget == null ? BudgetSpec.DEFAULT : budget.withDefaults(),
        s,
        continueAsNewEvery == null ? DEFAULT_CONTINUE_AS_NEW_EVERY : continueAsNewEvery,
        cache == null ? Boolean.TRUE : cache);
  }
}
