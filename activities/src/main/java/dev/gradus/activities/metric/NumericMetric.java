package dev.gradus.activities.metric;

import dev.gradus.search.Example;
import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last number in the answer equals a target within an absolute tolerance. The last number,
 * because models that reason aloud state the result at the end.
 */
final class NumericMetric implements Metric {

  static final double DEFAULT_TOLERANCE = 1e-6;

  /**
   * A number with optional sign, thousands separators, decimals and exponent. The look-behind keeps
   * "3-5" from reading as minus five and "mp3" from reading as a number.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.])[-+\u2212]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.\\d+)?"
              + "(?<=\\d)(?:[eE][-+]?\\d+)?");

  private final double tolerance;

  NumericMetric(Double tolerance) {
    this.tolerance = tolerance == null ? DEFAULT_TOLERANCE : tolerance;
    if (!(this.tolerance >= 0)) {
      throw new IllegalArgumentException("task.metric.tolerance: must be >= 0, got " + tolerance);
    }
  }

  @Override
  public MetricResult score(Example example, String output) {
    if (AnswerText.isEmpty(output)) {
      return AnswerText.emptyAnswer(example);
    }
    OptionalDouble answer = lastNumber(output);
    if (answer.isEmpty()) {
      return MetricResult.wrong(
          "expected a number (%s) but found none in %s"
              .formatted(AnswerText.expected(example), AnswerText.quote(output)));
    }
    boolean anyTargetIsNumber = false;
    for (String target : example.targets()) {
      OptionalDouble expected = lastNumber(target);
      if (expected.isPresent()) {
        anyTargetIsNumber = true;
        if (Math.abs(expected.getAsDouble() - answer.getAsDouble()) <= tolerance) {
          return MetricResult.correct();
        }
      }
    }
    if (!anyTargetIsNumber) {
      return MetricResult.wrong(
          "target " + AnswerText.expected(example) + " is not a number, so no answer can match it");
    }
    return MetricResult.wrong(
        "expected %s but got %s (read as %s)"
            .formatted(
                AnswerText.expected(example),
                AnswerText.quote(output),
                plain(answer.getAsDouble())));
  }

  /** The last number in the text, or empty when there is none. */
  static OptionalDouble lastNumber(String text) {
    Matcher matcher = NUMBER.matcher(text);
    String last = null;
    while (matcher.find()) {
      last = matcher.group();
    }
    if (last == null) {
      return OptionalDouble.empty();
    }
    String plain = last.replace(",", "").replace('\u2212', '-');
    try {
      return OptionalDouble.of(new BigDecimal(plain).doubleValue());
    } catch (NumberFormatException e) {
      return OptionalDouble.empty(); // an exponent beyond any int, e.g. "1e99999999999"
    }
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
