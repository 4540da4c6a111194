package dev.gradus.search;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Confidence intervals for the mean of per-example scores in [0, 1], as reports carry them. Scores
 * that are all 0 or 1 are a proportion, for which the Wilson interval is accurate even near 0 or 1
 * and on few examples; other scores get a percentile bootstrap over the examples. Both are
 * deterministic: the bootstrap draws from a random source seeded by the caller, so a workflow
 * replays to the same interval.
 */
public final class ScoreStatistics {

  /** The standard normal quantile of a two-sided 95% interval. */
  static final double Z = 1.959963984540054;

  /** Bootstrap resamples: enough for stable 2.5% and 97.5% percentiles. */
  static final int RESAMPLES = 2000;

  private ScoreStatistics() {}

  /** The interval of the mean of {@code scores}; null for no scores. */
  public static ScoreInterval interval(List<Double> scores, long seed) {
    if (scores.isEmpty()) {
      return null;
    }
    double[] values = scores.stream().mapToDouble(Double::doubleValue).toArray();
    boolean binary = Arrays.stream(values).allMatch(v -> v == 0.0 || v == 1.0);
    if (binary) {
      return wilson((int) Arrays.stream(values).sum(), values.length);
    }
    double[] bounds = bootstrap(values, new SplittableRandom(seed));
    return new ScoreInterval(bounds[0], bounds[1], ScoreInterval.BOOTSTRAP);
  }

  /** The Wilson score interval of {@code successes} out of {@code n}. */
  public static ScoreInterval wilson(int successes, int n) {
    double p = (double) successes / n;
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double center = (p + z2 / (2.0 * n)) / denominator;
    double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new ScoreInterval(
        Math.max(0, center - half), Math.min(1, center + half), ScoreInterval.WILSON);
  }

  /**
   * The mean difference {@code a[i] − b[i]} over examples scored by both, with its paired bootstrap
   * interval: resampling examples keeps each example's two scores together, so what the examples
   * share (their difficulty) cancels out.
   */
  public static ScoreComparison compare(List<Double> a, List<Double> b, long seed) {
    if (a.size() != b.size() || a.isEmpty()) {
      throw new IllegalArgumentException(
          "paired scores need the same examples: " + a.size() + " and " + b.size());
    }
    double[] differences = new double[a.size()];
    for (int i = 0; i < differences.length; i++) {
      differences[i] = a.get(i) - b.get(i);
    }
    double[] bounds = bootstrap(differences, new SplittableRandom(seed));
    ScoreInterval interval =
        new ScoreInterval(bounds[0], bounds[1], ScoreInterval.PAIRED_BOOTSTRAP);
    return ScoreComparison.of(mean(differences), interval, differences.length);
  }

  /** The 2.5% and 97.5% percentiles of the means of resamples with replacement. */
  static double[] bootstrap(double[] values, SplittableRandom random) {
    double[] means = new double[RESAMPLES];
    int n = values.length;
    for (int r = 0; r < RESAMPLES; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += values[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    Arrays.sort(means);
    return new double[] {means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1]};
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).sum() / values.length;
  }

  /**
   * P(X >= wins) for X ~ Binomial(wins + losses, 1/2): how likely so many wins would be if the
   * challenger were no better. Summed in log space, so thousands of examples do not underflow.
   */
  public static double signTestPValue(int wins, int losses) {
    int n = wins + losses;
    if (n == 0 || wins == 0) {
      return 1.0;
    }
    double logHalfToN = n * Math.log(0.5);
    double logChoose = 0; // log C(n, 0)
    double tail = 0;
    for (int k = 1; k <= n; k++) {
      logChoose += Math.log(n - k + 1) - Math.log(k);
      if (k >= wins) {
        tail += Math.exp(logChoose + logHalfToN);
      }
    }
    return Math.min(1.0, tail);
  }
}
