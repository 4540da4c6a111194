package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random draws that strategies and the workflow make the same way, so that runs replay. */
public final class Sampling {

  private Sampling() {}

  /**
   * Up to {@code n} items drawn without replacement, by a partial Fisher-Yates shuffle: one {@code
   * nextInt} per item drawn, none when nothing is drawn.
   */
  public static <T> List<T> withoutReplacement(List<T> items, int n, Random random) {
    int k = Math.max(0, Math.min(n, items.size()));
    List<T> pool = new ArrayList<>(items);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(pool.size() - i);
      T t = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, t);
    }
    return List.copyOf(pool.subList(0, k));
  }
}
