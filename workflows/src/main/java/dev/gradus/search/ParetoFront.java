package dev.gradus.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * GEPA's Pareto-based candidate selection (Agrawal et al., 2025, Algorithm 2): for every example,
 * the candidates that reach the best score on it; candidates whose set of such examples another
 * candidate's set contains are dominated and dropped; the rest are drawn with probability
 * proportional to how many examples they are best on. A candidate best on one odd example keeps a
 * chance to be improved, which is what keeps the search from collapsing onto one prompt.
 *
 * @param members the non-dominated candidates, in pool order
 * @param wins how many examples each member is best on, in the same order
 */
record ParetoFront(List<Candidate> members, List<Integer> wins) {

  ParetoFront {
    members = List.copyOf(members);
    wins = List.copyOf(wins);
  }

  /**
   * The front of the candidates tried together on the same examples. Trials that are empty (the
   * budget did not pay for them) take no part; ties between equal sets go to the earlier trial.
   */
  static ParetoFront of(List<Trial> trials) {
    List<Trial> tried = trials.stream().filter(t -> !t.empty()).toList();
    Map<Integer, Double> best = new TreeMap<>();
    for (Trial t : tried) {
      for (ExampleOutcome o : t.outcomes()) {
        best.merge(o.index(), o.score(), Math::max);
      }
    }
    List<Set<Integer>> bestOn = new ArrayList<>();
    for (Trial t : tried) {
      Set<Integer> examples = new HashSet<>();
      for (ExampleOutcome o : t.outcomes()) {
        if (o.score() >= best.get(o.index())) {
          examples.add(o.index());
        }
      }
      bestOn.add(examples);
    }
    List<Candidate> members = new ArrayList<>();
    List<Integer> wins = new ArrayList<>();
    for (int i = 0; i < tried.size(); i++) {
      if (!bestOn.get(i).isEmpty() && !dominated(i, bestOn)) {
        members.add(tried.get(i).candidate());
        wins.add(bestOn.get(i).size());
      }
    }
    return new ParetoFront(members, wins);
  }

  /** Whether another set strictly contains this one, or an earlier one equals it. */
  private static boolean dominated(int i, List<Set<Integer>> bestOn) {
    Set<Integer> mine = bestOn.get(i);
    for (int j = 0; j < bestOn.size(); j++) {
      Set<Integer> other = bestOn.get(j);
      boolean contains = j != i && other.containsAll(mine);
      if (contains && (other.size() > mine.size() || j < i)) {
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    return members.isEmpty();
  }

  /** One member, drawn with probability proportional to its wins. */
  Candidate draw(Random random) {
    int total = wins.stream().mapToInt(Integer::intValue).sum();
    int k = random.nextInt(total);
    for (int i = 0; i < members.size(); i++) {
      k -= wins.get(i);
      if (k < 0) {
        return members.get(i);
      }
    }
    throw new IllegalStateException("unreachable: wins sum to " + total);
  }
}
