package dev.gradus.cli.bench;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A sample's mean with the half-width of its two-sided 95% confidence interval from Student's t
 * distribution: the right interval for the handful of seeds a benchmark runs, which a normal
 * approximation would make too narrow.
 *
 * @param halfWidth NaN for a single value, whose spread is unknown
 */
public record MeanInterval(double mean, double halfWidth, int n) {

  public static MeanInterval of(List<Double> values) {
    int n = values.size();
    if (n == 0) {
      return new MeanInterval(Double.NaN, Double.NaN, 0);
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
    if (n == 1) {
      return new MeanInterval(mean, Double.NaN, 1);
    }
    double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    double standardError = Math.sqrt(squares / (n - 1) / n);
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
    return new MeanInterval(mean, t * standardError, n);
  }

  public double low() {
    return mean - halfWidth;
  }

  public double high() {
    return mean + halfWidth;
  }

  /** "0.812 ± 0.031", or "0.812" when the spread is unknown. */
  public String format() {
    if (Double.isNaN(mean)) {
      return "–";
    }
    return Double.isNaN(halfWidth)
        ? String.format(Locale.ROOT, "%.3f", mean)
        : String.format(Locale.ROOT, "%.3f ± %.3f", mean, halfWidth);
  }
}
