package dev.gradus.activities.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.search.Example;
import dev.gradus.spec.MetricSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeMetricTest {

  private static final Example CITY = new Example("c/1", "q", "New York City");

  private static MetricSpec part(String type, Double weight) {
    return MetricSpecs.parse(
        weight == null ? type : "{type: %s, weight: %s}".formatted(type, weight));
  }

  private static MetricSpec compositeSpec(MetricSpec... parts) {
    return MetricSpecs.parse(
        "{type: composite, metrics: %s}".formatted(MetricSpecs.write(List.of(parts))));
  }

  private static Metric composite(MetricSpec... parts) {
    return Metrics.create(compositeSpec(parts));
  }

  @Test
  void theScoreIsTheWeightedMeanAndTheFeedbackNamesWhatLostPoints() {
    Metric metric = composite(part("exact_match", 3.0), part("f1", 1.0));

    MetricResult partial = metric.score(CITY, "New York");
    // Exact match 0; token F1 of "new york" against "new york city" is 0.8.
    assertThat(partial.score()).isCloseTo(0.25 * 0.8, within(1e-9));
    assertThat(partial.feedback())
        .contains("exact_match (weight 0.75): expected")
        .contains("f1 (weight 0.25)");

    assertThat(metric.score(CITY, "New York City")).isEqualTo(MetricResult.correct());
  }

  @Test
  void weightsDefaultToOneAndComponentsMayBeComposite() {
    Metric nested = composite(part("contains", null), compositeSpec(part("exact_match", null)));
    assertThat(nested.score(CITY, "It is New York City.").score()).isEqualTo(0.5);
  }

  @Test
  void aCompositeWithoutMetricsIsRefused() {
    assertThatThrownBy(() -> composite())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("task.metric.metrics");
  }
}
