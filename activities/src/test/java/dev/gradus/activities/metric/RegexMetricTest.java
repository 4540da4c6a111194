package dev.gradus.activities.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.search.Example;
import dev.gradus.spec.MetricSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegexMetricTest {

  private static final Example ANSWER_B = new Example("q/1", "Which?", "(B)");

  private static Metric withPattern(String pattern, boolean ignoreCase) {
    return Metrics.create(MetricSpec.simple("regex", ignoreCase, pattern, null));
  }

  @Test
  void extractsTheFirstGroupOfTheFirstMatchAndComparesExactly() {
    Metric metric = withPattern("answer is (\\(\\w\\))", false);

    assertThat(metric.score(ANSWER_B, "Let me think. So the answer is (B).").score())
        .isEqualTo(1.0);
    assertThat(metric.score(ANSWER_B, "the answer is (C), not the answer is (B)").feedback())
        .isEqualTo(
            "expected \"(B)\" but the answer found by /answer is (\\(\\w\\))/ was \"(C)\""
                + " in \"the answer is (C), not the answer is (B)\"");
  }

  @Test
  void withoutAGroupTheWholeMatchIsTheAnswer() {
    Metric metric = withPattern("\\(\\w\\)", false);

    assertThat(metric.score(ANSWER_B, "I pick (B) because").score()).isEqualTo(1.0);
  }

  @Test
  void noMatchScoresZeroAndSaysSo() {
    MetricResult result = withPattern("answer: (\\w+)", false).score(ANSWER_B, "no idea");

    assertThat(result.score()).isZero();
    assertThat(result.feedback())
        .isEqualTo("expected \"(B)\" but found no match for /answer: (\\w+)/ in \"no idea\"");
  }

  @Test
  void ignoreCaseAppliesToMatchingAndComparing() {
    Example yes = new Example("y", "q", "yes");

    assertThat(withPattern("answer: (\\w+)", true).score(yes, "ANSWER: Yes").score())
        .isEqualTo(1.0);
    assertThat(withPattern("answer: (\\w+)", false).score(yes, "ANSWER: Yes").score()).isZero();
  }

  @Test
  void withoutAPatternEachTargetIsAPatternToFind() {
    Metric metric = Metrics.create(MetricSpec.of("regex"));
    Example date =
        new Example("d", "When?", "\\b1969\\b", List.of("\\b1969\\b", "July 20"), Map.of());

    assertThat(metric.score(date, "It happened in 1969.").score()).isEqualTo(1.0);
    assertThat(metric.score(date, "On July 20, I think").score()).isEqualTo(1.0);
    assertThat(metric.score(date, "In 19690").feedback()).startsWith("expected a match for one of");
  }

  @Test
  void anInvalidTargetPatternScoresZeroWithFeedbackInsteadOfThrowing() {
    Metric metric = Metrics.create(MetricSpec.of("regex"));
    Example broken = new Example("b", "q", "([unclosed");

    MetricResult result = metric.score(broken, "([unclosed");

    assertThat(result.score()).isZero();
    assertThat(result.feedback())
        .startsWith("target \"([unclosed\" is not a valid regular expression");
    assertThat(metric.score(broken, "again").score()).isZero();
  }

  @Test
  void anInvalidSpecPatternIsAConfigurationErrorNamingTheField() {
    assertThatThrownBy(() -> withPattern("(", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("task.metric.pattern: not a valid regular expression");
  }

  @Test
  void emptyOutputScoresZero() {
    assertThat(withPattern("(\\w+)", false).score(ANSWER_B, null).score()).isZero();
  }
}
