package dev.gradus.search;

/**
 * How much better one candidate scored than another on the same examples.
 *
 * @param difference the mean per-example difference, first minus second
 * @param interval its 95% paired bootstrap interval
 * @param examples how many examples both were scored on
 * @param significant whether the first is better beyond chance: the whole interval lies above zero
 */
public record ScoreComparison(
    double difference, ScoreInterval interval, int examples, boolean significant) {

  static ScoreComparison of(double difference, ScoreInterval interval, int examples) {
    return new ScoreComparison(difference, interval, examples, interval.low() > 0);
  }
}
