package dev.gradus.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a piece of work cost.
 *
 * @param calls provider calls actually made; answers served from a cache are not calls
 * @param cacheHits answers served from the response cache instead of a call
 * @param costUsd estimated from the worker's price table; 0 where a model has no price
 * @param judges what the LLM judges among these calls said, or null when no judge was asked; kept
 *     here because it is summed over the same work, through the same retries and pauses, as calls
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Usage(
    long calls,
    long cacheHits,
    long promptTokens,
    long completionTokens,
    double costUsd,
    JudgeTally judges) {

  public static final Usage NONE = new Usage(0, 0, 0, 0, 0.0);

  /** Usage of calls that asked no judge. */
  public Usage(
      long calls, long cacheHits, long promptTokens, long completionTokens, double costUsd) {
    this(calls, cacheHits, promptTokens, completionTokens, costUsd, null);
  }

  public Usage plus(Usage o) {
    JudgeTally sum = judges == null ? o.judges : judges.plus(o.judges);
    return new Usage(
        calls + o.calls,
        cacheHits + o.cacheHits,
        promptTokens + o.promptTokens,
        completionTokens + o.completionTokens,
        costUsd + o.costUsd,
        sum);
  }

  /** The same usage with these judges' verdicts added. */
  public Usage withJudges(JudgeTally more) {
    return new Usage(
        calls,
        cacheHits,
        promptTokens,
        completionTokens,
        costUsd,
        judges == null ? more : judges.plus(more));
  }

  public long totalTokens() {
    return promptTokens + completionTokens;
  }
}
