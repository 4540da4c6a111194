package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.IntFunction;

/**
 * Who goes on to the next round of successive halving when candidates race the incumbent (the best
 * candidate so far, scored on the whole validation split) example by example. Pure, so that the
 * workflow's racing stays replay-safe and the rule is testable alone.
 */
public final class IncumbentRace {

  /** Below this one-sided sign-test p-value a candidate is clearly behind a rival. */
  public static final double CLEARLY_BEHIND = 0.05;

  /**
   * Examples the incumbent got wrong that a candidate must have seen without gaining on it before
   * it is judged unable to beat it.
   */
  public static final int ROOM_SEEN = 8;

  private IncumbentRace() {}

  /**
   * Halving against the incumbent and the round's leader, on the examples each candidate has seen
   * (the same examples for every candidate still in the race). A candidate is dropped, wherever it
   * ranks, when it is clearly behind either of them (more examples worse than better, with a
   * one-sided sign test below {@link #CLEARLY_BEHIND}), or when it has gained nothing on the
   * incumbent over {@link #ROOM_SEEN} examples the incumbent got wrong: it had room to show it is
   * better and did not, so the rest of the split would most likely confirm a tie (a paraphrase of
   * the incumbent, the commonest proposal). Of the worse half, one behind the incumbent at all is
   * dropped too. A candidate ahead of the incumbent goes on, whatever its rank: it may become the
   * new best, and plain halving's worse half, cut on a few examples, sometimes holds it. Comparing
   * on the same examples takes their difficulty out of the comparison, so few examples tell a real
   * loser.
   *
   * @param ranked the scores by example of the candidates evaluated this round, best mean first
   * @param rival the incumbent's per-example validation results, as {@link ExampleMarks}
   * @return the ranks of the candidates that go on
   */
  public static List<Integer> survivors(List<SortedMap<Integer, Double>> ranked, String rival) {
    List<Integer> keep = new ArrayList<>();
    int half = (ranked.size() + 1) / 2;
    SortedMap<Integer, Double> leader = ranked.get(0);
    for (int rank = 0; rank < ranked.size(); rank++) {
      SortedMap<Integer, Double> scores = ranked.get(rank);
      Duel incumbent = Duel.against(scores, index -> ExampleMarks.scoreAt(rival, index));
      Duel roundLeader =
          Duel.against(scores, index -> ExampleMarks.asMarkedOrNull(leader.get(index)));
      boolean behind = incumbent.worse() > incumbent.better();
      boolean ahead = incumbent.better() > incumbent.worse();
      boolean stalled = !ahead && incumbent.room() >= ROOM_SEEN;
      if (!incumbent.clearlyBehind()
          && !roundLeader.clearlyBehind()
          && !stalled
          && (rank < half || !behind)) {
        keep.add(rank);
      }
    }
    return keep;
  }

  /** A candidate's examples scored better and worse than a rival's, paired. */
  private record Duel(int better, int worse, int room) {

    /**
     * @param rival the rival's score on an example, as marks keep it, or null if unknown
     */
    static Duel against(SortedMap<Integer, Double> scores, IntFunction<Double> rival) {
      int better = 0;
      int worse = 0;
      int room = 0;
      for (var e : scores.entrySet()) {
        Double theirs = rival.apply(e.getKey());
        if (theirs != null) {
          room += theirs < 1.0 ? 1 : 0;
          // Rounded as marks are, so that scores equal to the tenth compare equal.
          double ours = ExampleMarks.asMarked(e.getValue());
          better += ours > theirs ? 1 : 0;
          worse += ours < theirs ? 1 : 0;
        }
      }
      return new Duel(better, worse, room);
    }

    boolean clearlyBehind() {
      return ScoreStatistics.signTestPValue(worse, better) < CLEARLY_BEHIND;
    }
  }
}
