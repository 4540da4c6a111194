package dev.gradus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders candidates best first; ties keep the older candidate first, so results are stable. */
public final class Ranking {

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble(Candidate::scoreOrWorst).reversed();

  private Ranking() {}

  /** The {@code k} best scored candidates of all the lists, each id once, best first. */
  @SafeVarargs
  public static List<Candidate> top(int k, List<Candidate>... lists) {
    Map<String, Candidate> byId = new LinkedHashMap<>();
    for (List<Candidate> list : lists) {
      for (Candidate c : list) {
        if (c.scored()) {
          byId.putIfAbsent(c.id(), c);
        }
      }
    }
    List<Candidate> all = new ArrayList<>(byId.values());
    all.sort(BEST_FIRST);
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }
}
