package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

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
    String leader = ExampleMarks.of(ranked.get(0), rival.length());
    for (int rank = 0; rank < ranked.size(); rank++) {
      // As marks, so that scores equal to the tenth compare equal, as the incumbent's are kept.
      String ours = ExampleMarks.of(ranked.get(rank), rival.length());
      Duel incumbent = Duel.of(ours, rival);
      Duel roundLeader = Duel.of(ours, leader);
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

  /**
   * A candidate's examples scored better and worse than a rival's, paired, and its room: the
   * examples both were scored on that the rival did not get fully right.
   */
  private record Duel(int better, int worse, int room) {

    static Duel of(String ours, String theirs) {
      ExampleMarks.Difference d = ExampleMarks.compare(ours, theirs);
      int room = 0;
      for (int i = 0; i < ours.length(); i++) {
        Double their = ExampleMarks.lowerBound(theirs.charAt(i));
        if (ExampleMarks.lowerBound(ours.charAt(i)) != null && their != null && their < 1.0) {
          room++;
        }
      }
      return new Duel(d.better().size(), d.worse().size(), room);
    }

    boolean clearlyBehind() {
      return ScoreStatistics.signTestPValue(worse, better) < CLEARLY_BEHIND;
    }
  }
}
