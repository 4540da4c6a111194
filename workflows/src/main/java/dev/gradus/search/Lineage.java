package dev.gradus.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The family tree of a run's candidates, kept bounded: only candidates that are still alive (in the
 * population or on the leaderboard) and their ancestors are remembered.
 */
public final class Lineage {

  /** The most candidates remembered; beyond it the oldest ancestors are forgotten first. */
  public static final int MAX_SIZE = 300;

  private Lineage() {}

  /**
   * The ancestors of {@code id} in {@code known}, oldest first, ending with the candidate itself.
   */
  public static List<Candidate> of(String id, List<Candidate> known) {
    Map<String, Candidate> byId = index(known);
    List<Candidate> out = new ArrayList<>();
    for (String ancestor : closure(List.of(id), byId)) {
      out.add(byId.get(ancestor));
    }
    // Oldest first: by generation, then by creation order within it (ids are c0, c1, ...).
    out.sort(
        java.util.Comparator.comparingInt(Candidate::generation)
            .thenComparingLong(c -> creationOrder(c.id())));
    return out;
  }

  private static long creationOrder(String id) {
    String digits = id.replaceAll("\\D", "");
    return digits.isEmpty() || digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  /**
   * {@code known} reduced to the living candidates and their ancestors, at most {@link #MAX_SIZE}.
   */
  public static List<Candidate> prune(List<Candidate> known, List<Candidate> living) {
    Map<String, Candidate> byId = index(known);
    Set<String> keep = new HashSet<>(closure(living.stream().map(Candidate::id).toList(), byId));
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : known) {
      if (keep.contains(c.id())) {
        out.add(c);
      }
    }
    Set<String> livingIds = new HashSet<>(living.stream().map(Candidate::id).toList());
    for (int i = 0; out.size() > MAX_SIZE && i < out.size(); ) {
      if (livingIds.contains(out.get(i).id()) || out.get(i).generation() == 0) {
        i++;
      } else {
        out.remove(i);
      }
    }
    return out;
  }

  private static Map<String, Candidate> index(List<Candidate> known) {
    Map<String, Candidate> byId = new LinkedHashMap<>();
    for (Candidate c : known) {
      byId.put(c.id(), c);
    }
    return byId;
  }

  /** Ids reachable from {@code roots} through parent links, in discovery order. */
  private static List<String> closure(List<String> roots, Map<String, Candidate> byId) {
    List<String> seen = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      Candidate c = byId.get(id);
      if (c == null || !visited.add(id)) {
        continue;
      }
      seen.add(id);
      todo.addAll(c.parentIds());
    }
    return seen;
  }
}
