package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Limits of one run; whichever is reached first stops it gracefully with the best so far. Calls are
 * never exceeded (they are reserved before they are made); tokens, cost and wall time are checked
 * before each step, so the step that crosses them finishes.
 *
 * @param maxWallTime a duration such as {@code 90s}, {@code 30m} or {@code 2h}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetSpec(
    Integer generations, Long maxCalls, Long maxTokens, Double maxCostUsd, String maxWallTime) {

  public static final int DEFAULT_GENERATIONS = 10;
  static final BudgetSpec DEFAULT = new BudgetSpec(DEFAULT_GENERATIONS, null, null, null, null);

  /** This budget with every limit that {@code change} sets replaced by the changed value. */
  public BudgetSpec merge(BudgetSpec change) {
    return new BudgetSpec(
        change.generations != null ? change.generations : generations,
        change.maxCalls != null ? change.maxCalls : maxCalls,
        change.maxTokens != null ? change.maxTokens : maxTokens,
        change.maxCostUsd != null ? change.maxCostUsd : maxCostUsd,
        change.maxWallTime != null ? change.maxWallTime : maxWallTime);
  }

  BudgetSpec withDefaults() {
    return new BudgetSpec(
        generations == null ? DEFAULT_GENERATIONS : generations,
        maxCalls,
        maxTokens,
        maxCostUsd,
        maxWallTime);
  }
}
