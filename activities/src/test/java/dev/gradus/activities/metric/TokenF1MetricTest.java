package dev.gradus.activities.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.search.Example;
import dev.gradus.spec.MetricSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenF1MetricTest {

  private final Metric metric = Metrics.create(MetricSpec.of("f1"));

  @Test
  void normalizesCasePunctuationAndArticlesLikeSquad() {
    Example example = new Example("q", "Where?", "the Eiffel Tower");

    assertThat(TokenF1Metric.tokens("The  Eiffel-Tower, an icon!"))
        .containsExactly("eiffeltower", "icon");
    assertThat(metric.score(example, "Eiffel tower.").score()).isEqualTo(1.0);
  }

  @Test
  void givesPartialCreditByTokenOverlap() {
    Example example = new Example("q", "Who?", "Barack Obama");

    MetricResult result = metric.score(example, "President Barack Hussein Obama");

    // precision 2/4, recall 2/2: F1 = 2 * 0.5 * 1 / 1.5
    assertThat(result.score()).isCloseTo(2.0 / 3.0, within(1e-9));
    assertThat(result.feedback())
        .isEqualTo(
            "expected \"Barack Obama\" but got"
                + " \"President Barack Hussein Obama\" (token F1 0.67)");
  }

  @Test
  void countsRepeatedTokensOnlyAsOftenAsTheTargetHasThem() {
    assertThat(TokenF1Metric.f1(List.of("a1", "a1", "a1"), List.of("a1")))
        .isCloseTo(0.5, within(1e-9));
  }

  @Test
  void takesTheBestTarget() {
    Example example =
        new Example("q", "?", "red car", List.of("red car", "crimson automobile"), Map.of());

    assertThat(metric.score(example, "a crimson automobile").score()).isEqualTo(1.0);
  }

  @Test
  void noOverlapOrNothingLeftAfterNormalizingScoresZero() {
    Example example = new Example("q", "?", "blue");

    assertThat(metric.score(example, "green").score()).isZero();
    assertThat(metric.score(example, "the, a!").score()).isZero();
    assertThat(metric.score(example, null).feedback()).contains("empty answer");
    assertThat(TokenF1Metric.f1(List.of(), List.of())).isEqualTo(1.0);
  }
}
