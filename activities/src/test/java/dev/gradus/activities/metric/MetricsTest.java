package dev.gradus.activities.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.search.Example;
import dev.gradus.spec.MetricSpec;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void buildsEveryNamedMetric() {
    Example example = new Example("1", "q", "42");
    for (String name : Metrics.names()) {
      if (name.equals("composite") || name.equals("llm_judge")) {
        continue; // need their options: CompositeMetricTest and LlmJudgeMetricTest build them
      }
      assertThat(Metrics.create(MetricSpec.of(name)).score(example, "42").score())
          .as(name)
          .isEqualTo(1.0);
    }
    assertThat(Metrics.names())
        .containsExactly(
            "exact_match",
            "contains",
            "regex",
            "f1",
            "numeric",
            "json_match",
            "embedding_similarity",
            "llm_judge",
            "composite");
  }

  @Test
  void anUnknownTypeNamesItselfAndTheSupportedOnes() {
    assertThatThrownBy(() -> Metrics.create(MetricSpec.of("bleu")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "task.metric: unknown metric \"bleu\"; supported: exact_match, contains, regex,"
                + " f1, numeric, json_match, embedding_similarity, llm_judge, composite");
  }

  @Test
  void aJudgeNeedsTheCallsOfAnEvaluation() {
    assertThatThrownBy(() -> Metrics.create(MetricSpec.of("llm_judge")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("llm_judge");
  }

  @Test
  void defaultsToExactMatch() {
    Metric metric = Metrics.create(null);

    assertThat(metric.score(new Example("1", "q", "a"), "A").score()).isZero();
  }

  @Test
  void resultsKeepScoresInRangeAndRequireFeedbackWhenImperfect() {
    assertThat(new MetricResult(1.0, "ignored").feedback()).isNull();
    assertThatThrownBy(() -> new MetricResult(1.5, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MetricResult(0.5, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MetricResult.wrong("no").isCorrect()).isFalse();
  }
}
