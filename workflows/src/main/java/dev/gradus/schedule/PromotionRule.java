package dev.gradus.schedule;

import dev.gradus.search.ScoreStatistics;
import java.util.Locale;

/**
 * Decides whether a challenger prompt replaces the incumbent, from their scores on the same
 * held-out examples. The rule: promote when the challenger's mean is higher and a one-sided exact
 * sign test over the paired examples rejects "no better" at level {@code alpha}. The sign test
 * assumes nothing about the score distribution (exact-match 0/1 scores and graded scores alike) and
 * ignores ties, so examples both prompts get right or both get wrong carry no weight.
 */
public final class PromotionRule {

  public static final double DEFAULT_ALPHA = 0.05;

  private PromotionRule() {}

  /**
   * @param challenger per-example scores of the challenger
   * @param incumbent per-example scores of the incumbent on the same examples, in the same order
   */
  public static Verdict decide(double[] challenger, double[] incumbent, double alpha) {
    if (challenger.length != incumbent.length) {
      throw new IllegalArgumentException(
          "paired scores differ in length: " + challenger.length + " vs " + incumbent.length);
    }
    int wins = 0;
    int losses = 0;
    double sumC = 0;
    double sumI = 0;
    for (int i = 0; i < challenger.length; i++) {
      sumC += challenger[i];
      sumI += incumbent[i];
      if (challenger[i] > incumbent[i]) {
        wins++;
      } else if (challenger[i] < incumbent[i]) {
        losses++;
      }
    }
    int n = challenger.length;
    double meanC = n == 0 ? 0 : sumC / n;
    double meanI = n == 0 ? 0 : sumI / n;
    double p = ScoreStatistics.signTestPValue(wins, losses);
    boolean promoted = n > 0 && meanC > meanI && p < alpha;
    String reason =
        String.format(
            Locale.ROOT,
            "%s: challenger %.3f vs incumbent %.3f on %d test examples"
                + " (%d better, %d worse), one-sided sign test p=%.3g %s %.3g",
            promoted ? "promoted" : "kept the incumbent",
            meanC,
            meanI,
            n,
            wins,
            losses,
            p,
            p < alpha ? "<" : ">=",
            alpha);
    return new Verdict(promoted, meanC, meanI, n, wins, losses, p, reason);
  }

  /**
   * The outcome of one comparison.
   *
   * @param wins examples the challenger scored higher on
   * @param losses examples it scored lower on
   * @param pValue the one-sided sign test's p-value
   * @param reason the decision in one sentence, with the figures behind it
   */
  public record Verdict(
      boolean promoted,
      double challengerScore,
      double incumbentScore,
      int examples,
      int wins,
      int losses,
      double pValue,
      String reason) {}
}
