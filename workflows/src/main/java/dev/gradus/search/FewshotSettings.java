package dev.gradus.search;

import dev.gradus.spec.StrategySpec;
import java.util.List;

/**
 * The few-shot strategy's parameters, read from a spec, with DSPy's defaults where it has them.
 *
 * @param candidates candidates proposed per generation, and kept by selection
 * @param demos demonstrations per candidate (DSPy's {@code max_bootstrapped_demos})
 * @param search 0 for random search over demonstration sets, 1 for TPE-style search
 * @param instructions 1 to co-optimize the instruction with the optimizer model, 0 to keep it
 * @param proposals instructions asked for per generation when co-optimizing
 * @param bootstrap train examples the base instruction is tried on to find demonstrations
 * @param threshold the least train score that makes an example a demonstration
 */
record FewshotSettings(
    int candidates,
    int demos,
    int search,
    int instructions,
    int proposals,
    int bootstrap,
    double threshold) {

  static final List<StrategyParameter> PARAMETERS =
      List.of(
          StrategyParameter.count("candidates", 1, 64, 8, "candidates proposed and kept per step"),
          StrategyParameter.count("demos", 1, 32, 4, "demonstrations per candidate"),
          StrategyParameter.count("search", 0, 1, 0, "0 random search, 1 TPE-style search"),
          StrategyParameter.count(
              "instructions", 0, 1, 0, "1 co-optimizes the instruction, 0 keeps the seed's"),
          StrategyParameter.count(
              "proposals", 1, 16, 2, "instructions asked for per step when co-optimizing"),
          StrategyParameter.count(
              "bootstrap", 1, 1000, 32, "train examples tried to bootstrap demonstrations"),
          new StrategyParameter(
              "threshold", 0, 1, 1.0, false, "least train score of a bootstrapped demonstration"));

  static FewshotSettings from(StrategySpec spec) {
    StrategyParameter.Reader read = StrategyParameter.reader(spec, PARAMETERS);
    return new FewshotSettings(
        read.count("candidates"),
        read.count("demos"),
        read.count("search"),
        read.count("instructions"),
        read.count("proposals"),
        read.count("bootstrap"),
        read.number("threshold"));
  }

  boolean tpe() {
    return search == 1;
  }

  boolean coOptimize() {
    return instructions == 1;
  }
}
