package dev.gradus.activities.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.Example;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the real MiniLM model, which ships in a jar and loads offline. */
class EmbeddingSimilarityMetricTest {

  static final Example EXAMPLE =
      new Example("1", "Summarise the review.", "The food was excellent but the service was slow.");

  static Metric metric(Double threshold) {
    return Metrics.create(
        MetricSpecs.parse(
            threshold == null
                ? "embedding_similarity"
                : "{type: embedding_similarity, threshold: " + threshold + "}"));
  }

  @Test
  void aParaphraseScoresHigherThanAnUnrelatedAnswerAndTheTargetItselfIsPerfect() {
    Metric m = metric(null);

    double paraphrase =
        m.score(EXAMPLE, "Great food, but we waited a long time to be served.").score();
    double unrelated = m.score(EXAMPLE, "The stock market fell sharply on Tuesday.").score();

    assertThat(paraphrase).isGreaterThan(0.5).isLessThan(1.0);
    assertThat(unrelated).isLessThan(0.3);
    assertThat(m.score(EXAMPLE, EXAMPLE.target()).isCorrect()).isTrue();
  }

  @Test
  void theFeedbackGivesTheSimilarityAndTheExpectedAnswer() {
    MetricResult r = metric(0.95).score(EXAMPLE, "Nice meal, slow waiters.");

    assertThat(r.isCorrect()).isFalse();
    assertThat(r.feedback())
        .matches(
            "the answer's meaning is 0\\.\\d\\d similar to the expected \".*\" \\(0\\.95 needed\\)");
  }

  @Test
  void aThresholdMakesCloseEnoughAnswersFullyCorrect() {
    MetricResult r =
        metric(0.5).score(EXAMPLE, "Great food, but we waited a long time to be served.");

    assertThat(r.isCorrect()).isTrue();
  }

  @Test
  void theNearestOfSeveralTargetsCounts() {
    Example two =
        new Example(
            "2",
            "q",
            "A cat sat on the mat.",
            List.of("A cat sat on the mat.", "It rained all day."),
            Map.of());

    assertThat(metric(null).score(two, "It rained all day.").isCorrect()).isTrue();
  }

  @Test
  void anEmptyAnswerScoresZero() {
    MetricResult r = metric(null).score(EXAMPLE, "  ");

    assertThat(r.score()).isZero();
    assertThat(r.feedback()).contains("empty answer");
  }

  @Test
  void aTargetIsEmbeddedOnceAndScoresTheSameFromMemory() {
    Example fresh = new Example("3", "q", "A quiet harbour at dawn.");
    double first = metric(null).score(fresh, "Boats resting in a calm port at sunrise.").score();
    var kept = EmbeddingSimilarityMetric.TARGETS.get(fresh.target());

    double again = metric(null).score(fresh, "Boats resting in a calm port at sunrise.").score();

    assertThat(kept).isNotNull();
    assertThat(EmbeddingSimilarityMetric.TARGETS.get(fresh.target())).isSameAs(kept);
    assertThat(again).isEqualTo(first);
  }
}
