package dev.gradus.search;

import dev.gradus.spec.StrategySpec;
import java.util.List;

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

  /** Reads a spec's values of these parameters, with their defaults where the spec is silent. */
  public static Reader reader(StrategySpec spec, List<StrategyParameter> parameters) {
    return new Reader(spec, parameters);
  }

  /** A spec's values of one strategy's parameters. */
  public record Reader(StrategySpec spec, List<StrategyParameter> parameters) {

    /** A whole-number parameter. */
    public int count(String name) {
      return spec.intParam(name, (int) defaultOf(name));
    }

    /** A parameter that may have a fraction. */
    public double number(String name) {
      return spec.doubleParam(name, defaultOf(name));
    }

    private double defaultOf(String name) {
      return parameters.stream()
          .filter(p -> p.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no strategy parameter " + name))
          .defaultValue();
    }
  }
}
