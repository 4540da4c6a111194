package dev.gradus.search;

/**
 * One tunable parameter of a strategy, with its paper's default and the range validation accepts.
 *
 * @param integer whether only whole numbers are accepted
 */
public record StrategyParameter(
    String name, double min, double max, double defaultValue, boolean integer, String description) {

  public static StrategyParameter count(
      String name, int min, int max, int defaultValue, String description) {
    return new StrategyParameter(name, min, max, defaultValue, true, description);
  }
}
