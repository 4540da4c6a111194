package dev.gradus.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A simple, categorical form of the Tree-structured Parzen Estimator (Bergstra et al., 2011) that
 * MIPRO uses to choose instructions and demonstration sets. The scored candidates are split into
 * the top quantile {@code gamma} ("good") and the rest ("bad"); for each choice x (a demonstration,
 * an instruction) l(x) is the share of good candidates that used it and g(x) the share of bad ones,
 * each with one pseudo-count on either side (a Laplace prior), and x is drawn with weight
 * l(x)/g(x). Choices never tried get a weight near 1, so the search keeps exploring them.
 */
final class TpeWeights {

  /** The share of scored candidates counted as good; Optuna's default is near this. */
  static final double GAMMA = 0.25;

  /** Below this many scored candidates the estimate is noise: every choice weighs 1. */
  static final int STARTUP = 4;

  private TpeWeights() {}

  /**
   * The weight l(x)/g(x) of each choice.
   *
   * @param scored the scored candidates that made a choice, any order
   * @param used the choices one candidate made
   */
  static <T> List<Double> of(
      List<T> choices, List<Candidate> scored, Function<Candidate, Collection<T>> used) {
    List<Double> weights = new ArrayList<>();
    if (scored.size() < STARTUP) {
      choices.forEach(x -> weights.add(1.0));
      return weights;
    }
    List<Candidate> ranked = Ranking.top(scored.size(), scored);
    int good = Math.max(1, (int) Math.ceil(GAMMA * ranked.size()));
    List<Candidate> top = ranked.subList(0, good);
    List<Candidate> rest = ranked.subList(good, ranked.size());
    for (T x : choices) {
      double l = (count(top, x, used) + 1.0) / (top.size() + 2.0);
      double g = (count(rest, x, used) + 1.0) / (rest.size() + 2.0);
      weights.add(l / g);
    }
    return weights;
  }

  private static <T> long count(
      List<Candidate> candidates, T x, Function<Candidate, Collection<T>> used) {
    return candidates.stream().filter(c -> used.apply(c).contains(x)).count();
  }
}
