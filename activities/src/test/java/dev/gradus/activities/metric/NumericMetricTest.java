package dev.gradus.activities.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.search.Example;
import dev.gradus.spec.MetricSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericMetricTest {

  private final Metric metric = Metrics.create(MetricSpec.of("numeric"));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The answer is -3.| -3",
        "Total: 1,234 apples| 1234",
        "2.5| 2.5",
        "about 1e3 of them| 1000",
        "First 12, then 7, so 19| 19",
        "x = +4| 4",
        "range 3-5| 5",
        "mp3 players cost 40| 40",
        "\u22127 degrees| -7",
        "It is .5| 0.5",
        "1,234.50 dollars| 1234.5"
      })
  void readsTheLastNumberInTheOutput(String output, double expected) {
    assertThat(NumericMetric.lastNumber(output)).hasValue(expected);
  }

  @Test
  void findsNoNumberInWordsOrInAnIntOverflowingExponent() {
    assertThat(NumericMetric.lastNumber("no digits here")).isEmpty();
    assertThat(NumericMetric.lastNumber("abc123")).isEmpty();
    assertThat(NumericMetric.lastNumber("1e99999999999")).isEmpty();
  }

  @Test
  void comparesWithTheDefaultTolerance() {
    Example sum = new Example("sum/1", "20 22", "42");

    assertThat(metric.score(sum, "20 + 22 = 42").score()).isEqualTo(1.0);
    assertThat(metric.score(sum, "42.0000000001").score()).isEqualTo(1.0);
    MetricResult wrong = metric.score(sum, "I get 41.");
    assertThat(wrong.score()).isZero();
    assertThat(wrong.feedback()).isEqualTo("expected \"42\" but got \"I get 41.\" (read as 41)");
  }

  @Test
  void usesTheConfiguredToleranceAndAnyTarget() {
    Metric loose = Metrics.create(MetricSpec.simple("numeric", null, null, 0.01));
    Example pi = new Example("pi", "pi?", "3.14159", List.of("3.14159", "3.1416"), Map.of());

    assertThat(loose.score(pi, "about 3.145").score()).isEqualTo(1.0);
    assertThat(metric.score(pi, "about 3.145").score()).isZero();
  }

  @Test
  void unparsableOutputOrTargetScoresZeroWithFeedback() {
    Example sum = new Example("sum/1", "20 22", "1,234");
    Example word = new Example("w", "q", "forty-two");

    assertThat(metric.score(sum, "1234").score()).isEqualTo(1.0);
    assertThat(metric.score(sum, "a lot").feedback())
        .isEqualTo("expected a number (\"1,234\") but found none in \"a lot\"");
    assertThat(metric.score(word, "42").feedback())
        .isEqualTo("target \"forty-two\" is not a number, so no answer can match it");
    assertThat(metric.score(sum, "").score()).isZero();
  }

  @Test
  void rejectsANegativeTolerance() {
    assertThatThrownBy(() -> Metrics.create(MetricSpec.simple("numeric", null, null, -1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task.metric.tolerance");
  }
}
