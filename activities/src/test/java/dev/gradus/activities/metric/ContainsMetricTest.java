package dev.gradus.activities.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.Example;
import dev.gradus.spec.MetricSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainsMetricTest {

  private static final Example POSITIVE = new Example("s/1", "great film", "positive");
  private final Metric metric = Metrics.create(MetricSpec.of("contains"));

  @Test
  void acceptsTheLabelInsideASentence() {
    assertThat(metric.score(POSITIVE, "The sentiment is positive.").score()).isEqualTo(1.0);
  }

  @Test
  void missingLabelScoresZeroWithFeedback() {
    MetricResult result = metric.score(POSITIVE, "negative");

    assertThat(result.score()).isZero();
    assertThat(result.feedback())
        .isEqualTo("expected the answer to contain \"positive\" but got \"negative\"");
  }

  @Test
  void caseMattersUnlessIgnored() {
    Metric ignoringCase = Metrics.create(MetricSpec.simple("contains", true, null, null));

    assertThat(metric.score(POSITIVE, "POSITIVE!").score()).isZero();
    assertThat(ignoringCase.score(POSITIVE, "POSITIVE!").score()).isEqualTo(1.0);
  }

  @Test
  void anyTargetCountsAndWhitespaceIsCollapsed() {
    Example city = new Example("c", "q", "New York", List.of("New York", "NYC"), Map.of());

    assertThat(metric.score(city, "I think NYC").score()).isEqualTo(1.0);
    assertThat(metric.score(city, "It is New\nYork.").score()).isEqualTo(1.0);
  }

  @Test
  void anEmptyTargetIsNeverFoundAndEmptyOutputScoresZero() {
    Example empty = new Example("e", "q", "");

    assertThat(metric.score(empty, "anything").score()).isZero();
    assertThat(metric.score(POSITIVE, "").feedback()).contains("empty answer");
  }
}
