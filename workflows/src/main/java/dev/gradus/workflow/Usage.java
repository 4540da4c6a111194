package dev.gradus.workflow;

/**
 * What a piece of work cost.
 *
 * @param calls provider calls actually made; answers served from a cache are not calls
 * @param cacheHits answers served from the response cache instead of a call
 * @param costUsd estimated from the worker's price table; 0 where a model has no price
 */
public record Usage(
    long calls, long cacheHits, long promptTokens, long completionTokens, double costUsd) {

  public static final Usage NONE = new Usage(0, 0, 0, 0, 0.0);

  public Usage plus(Usage o) {
    return new Usage(
        calls + o.calls,
        cacheHits + o.cacheHits,
        promptTokens + o.promptTokens,
        completionTokens + o.completionTokens,
        costUsd + o.costUsd);
  }

  public long totalTokens() {
    return promptTokens + completionTokens;
  }
}
