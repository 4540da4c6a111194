package dev.gradus.activities.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.Example;
import dev.gradus.spec.MetricSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExactMatchMetricTest {

  private static final Example POSITIVE = new Example("s/1", "great film", "positive");
  private final Metric metric = Metrics.create(MetricSpec.of("exact_match"));

  @Test
  void ignoresSurroundingAndRepeatedWhitespace() {
    assertThat(metric.score(POSITIVE, "positive")).isEqualTo(MetricResult.correct());
    assertThat(metric.score(POSITIVE, "  positive \n").score()).isEqualTo(1.0);
    Example twoWords = new Example("x", "q", "New York");
    assertThat(metric.score(twoWords, "New \t\n York").score()).isEqualTo(1.0);
  }

  @Test
  void aSentenceAroundTheLabelIsWrongWithFeedback() {
    MetricResult result = metric.score(POSITIVE, "The sentiment is positive.");

    assertThat(result.score()).isZero();
    assertThat(result.feedback())
        .isEqualTo("expected \"positive\" but got \"The sentiment is positive.\"");
  }

  @Test
  void isCaseSensitiveUnlessAsked() {
    Metric ignoringCase = Metrics.create(MetricSpec.simple("exact_match", true, null, null));

    assertThat(metric.score(POSITIVE, "Positive").score()).isZero();
    assertThat(ignoringCase.score(POSITIVE, "POSITIVE").score()).isEqualTo(1.0);
  }

  @Test
  void anyOfTheTargetsCounts() {
    Example rhyme =
        new Example("r", "cat", "hat", List.of("hat", "bat", "mat", "sat", "rat"), Map.of());

    assertThat(metric.score(rhyme, "mat").score()).isEqualTo(1.0);
    assertThat(metric.score(rhyme, "dog").feedback())
        .isEqualTo("expected one of \"hat\", \"bat\"," + " \"mat\" (and 2 more) but got \"dog\"");
  }

  @Test
  void nullOrBlankOutputScoresZeroWithFeedback() {
    assertThat(metric.score(POSITIVE, null))
        .isEqualTo(new MetricResult(0, "expected \"positive\" but got an empty answer"));
    assertThat(metric.score(POSITIVE, " \n ").score()).isZero();
  }

  @Test
  void feedbackQuotesLongOutputsShortAndOnOneLine() {
    String rambling = "word\n".repeat(100);

    String feedback = metric.score(POSITIVE, rambling).feedback();

    assertThat(feedback).doesNotContain("\n").contains("(499 characters)").hasSizeLessThan(260);
  }
}
