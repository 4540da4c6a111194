package dev.gradus.activities.judge;

import dev.gradus.workflow.JudgeTally;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The verdicts on one answer combined into its score, with their tally of agreement.
 *
 * @param score the aggregate of the usable verdicts, or null when none was usable
 * @param tally usable and unusable verdicts, and how many of their pairs agreed
 */
public record Judgement(Double score, JudgeTally tally) {

  /**
   * @param aggregate {@code mean}, {@code median} or {@code majority}: the most frequent score, the
   *     lowest of those tied, since a split panel has not shown the answer is better
   */
  public static Judgement combine(List<Verdict> verdicts, String aggregate) {
    double[] scores =
        verdicts.stream().filter(Verdict::usable).mapToDouble(Verdict::score).sorted().toArray();
    long pairs = (long) scores.length * (scores.length - 1) / 2;
    long agreeing = 0;
    for (int i = 0; i < scores.length; i++) {
      for (int j = i + 1; j < scores.length; j++) {
        agreeing += scores[i] == scores[j] ? 1 : 0;
      }
    }
    JudgeTally tally =
        new JudgeTally(scores.length, verdicts.size() - scores.length, pairs, agreeing);
    if (scores.length == 0) {
      return new Judgement(null, tally);
    }
    double score =
        switch (aggregate) {
          case "median" -> median(scores);
          case "majority" -> majority(scores);
          case "mean" -> java.util.Arrays.stream(scores).average().orElseThrow();
          default -> throw new IllegalArgumentException("unknown aggregate " + aggregate);
        };
    return new Judgement(score, tally);
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double majority(double[] sorted) {
    Map<Double, Integer> counts = new TreeMap<>();
    for (double s : sorted) {
      counts.merge(s, 1, Integer::sum);
    }
    double best = sorted[0];
    int most = 0;
    for (Map.Entry<Double, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) { // ascending keys: the lowest of tied counts stays
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
