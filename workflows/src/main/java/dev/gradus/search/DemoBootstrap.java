package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * DSPy's bootstrapping step: the train examples the target model already answers right with the
 * base instruction, and no demonstrations, become the pool of demonstrations. An example it gets
 * wrong could teach a wrong answer format or a label the model itself would not give.
 */
final class DemoBootstrap {

  private DemoBootstrap() {}

  /**
   * Train indices of the examples answered with at least {@code threshold}, ascending; empty when
   * the budget could not pay for the trial.
   */
  static List<Integer> pool(
      String instruction, int count, double threshold, int generation, SearchContext context) {
    Candidate zeroShot =
        Candidate.proposed("bootstrap", instruction, List.of(), "bootstrap", null, generation);
    Trial trial = context.tryOnTrain(List.of(zeroShot), count).get(0);
    TreeSet<Integer> correct = new TreeSet<>();
    trial.outcomes().stream()
        .filter(o -> o.score() >= threshold)
        .forEach(o -> correct.add(o.index()));
    return List.copyOf(correct);
  }

  /**
   * The demonstrations the candidates of a state carry: after continue-as-new rebuilds the strategy
   * the pool itself is gone, and these are the part of it that was tried, at no new cost.
   */
  static List<Integer> recovered(SearchState state) {
    TreeSet<Integer> used = new TreeSet<>();
    List<Candidate> all = new ArrayList<>(state.population());
    all.addAll(state.leaderboard());
    all.forEach(c -> used.addAll(c.demos()));
    return List.copyOf(used);
  }
}
