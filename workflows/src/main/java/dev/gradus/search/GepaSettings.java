package dev.gradus.search;

import dev.gradus.spec.StrategySpec;
import java.util.List;

/**
 * GEPA's parameters, read from a spec with the paper's defaults where it has one (Agrawal et al.,
 * 2025, section 3 and appendix; the minibatch of 3 is the paper's).
 *
 * @param minibatch train examples a parent is reflected on, and a child is accepted on
 * @param proposals parent-to-child reflections per generation; 1 is the paper's sequential loop
 * @param pareto train examples the whole pool is tried on each generation to build the Pareto front
 *     (the paper uses the validation split, whose per-example scores strategies do not see)
 * @param pool candidates kept in the pool, best validation scores first (the paper keeps all)
 */
record GepaSettings(int minibatch, int proposals, int pareto, int pool) {

  static final List<StrategyParameter> PARAMETERS =
      List.of(
          StrategyParameter.count(
              "minibatch", 1, 100, 3, "train examples per reflection and acceptance test"),
          StrategyParameter.count(
              "proposals", 1, 64, 4, "parent-to-child reflections per generation"),
          StrategyParameter.count(
              "pareto", 1, 1000, 8, "train examples the Pareto front is built on each generation"),
          StrategyParameter.count("pool", 1, 64, 8, "candidates kept in the pool"));

  static GepaSettings from(StrategySpec spec) {
    StrategyParameter.Reader read = StrategyParameter.reader(spec, PARAMETERS);
    return new GepaSettings(
        read.count("minibatch"), read.count("proposals"), read.count("pareto"), read.count("pool"));
  }
}
