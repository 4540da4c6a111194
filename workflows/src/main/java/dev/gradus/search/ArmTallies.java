package dev.gradus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a bandit has learnt about its arms: for each, the summed example scores and the number of
 * examples they sum over. An arm never pulled ranks below every pulled one.
 */
final class ArmTallies {

  final double[] sums;
  final int[] counts;

  ArmTallies(int arms) {
    sums = new double[arms];
    counts = new int[arms];
  }

  double mean(int arm) {
    return counts[arm] == 0 ? Double.NEGATIVE_INFINITY : sums[arm] / counts[arm];
  }

  /**
   * Tries the arms at {@code chosen} on the same {@code samples} train examples and adds what they
   * scored.
   *
   * @return whether any arm was tried; false once the budget pays for none
   */
  boolean pull(List<Candidate> arms, List<Integer> chosen, int samples, SearchContext context) {
    List<Trial> trials = context.tryOnTrain(chosen.stream().map(arms::get).toList(), samples);
    boolean any = false;
    for (int k = 0; k < trials.size(); k++) {
      Trial t = trials.get(k);
      sums[chosen.get(k)] += t.sum();
      counts[chosen.get(k)] += t.outcomes().size();
      any |= !t.empty();
    }
    return any;
  }

  /** The arms among {@code among} by mean, best first; ties keep the earlier arm first. */
  List<Integer> bestFirst(List<Integer> among) {
    List<Integer> order = new ArrayList<>(among);
    order.sort(Comparator.comparingDouble(this::mean).reversed());
    return order;
  }
}
