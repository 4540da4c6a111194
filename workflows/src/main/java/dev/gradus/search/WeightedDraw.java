package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws distinct items without replacement, each with probability proportional to its weight among
 * those not yet drawn; with equal weights this is a uniform random subset in random order.
 */
final class WeightedDraw {

  private WeightedDraw() {}

  /** Up to {@code k} distinct items of {@code items}; weights must be positive and in step. */
  static <T> List<T> draw(List<T> items, List<Double> weights, int k, Random random) {
    List<T> left = new ArrayList<>(items);
    List<Double> w = new ArrayList<>(weights);
    List<T> out = new ArrayList<>();
    while (out.size() < k && !left.isEmpty()) {
      double total = w.stream().mapToDouble(Double::doubleValue).sum();
      double ball = random.nextDouble() * total;
      int pick = left.size() - 1; // rounding can leave the ball just past the last slot
      for (int i = 0; i < left.size(); i++) {
        ball -= w.get(i);
        if (ball < 0) {
          pick = i;
          break;
        }
      }
      out.add(left.remove(pick));
      w.remove(pick);
    }
    return out;
  }
}
