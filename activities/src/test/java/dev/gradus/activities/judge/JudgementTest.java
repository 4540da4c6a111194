package dev.gradus.activities.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.workflow.JudgeTally;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementTest {

  private static List<Verdict> scores(Double... scores) {
    return java.util.Arrays.stream(scores)
        .map(s -> s == null ? Verdict.unusable("refused") : Verdict.of(s, "why"))
        .toList();
  }

  @Test
  void meanMedianAndMajorityOfTheUsableVerdicts() {
    List<Verdict> v = scores(1.0, 0.25, 1.0, null, 0.5);

    assertThat(Judgement.combine(v, "mean").score()).isCloseTo(0.6875, within(1e-12));
    assertThat(Judgement.combine(v, "median").score()).isEqualTo(0.75);
    assertThat(Judgement.combine(v, "majority").score()).isEqualTo(1.0);
  }

  @Test
  void theMedianOfAnOddCountIsTheMiddleVerdict() {
    assertThat(Judgement.combine(scores(0.0, 1.0, 0.25), "median").score()).isEqualTo(0.25);
  }

  @Test
  void aSplitMajorityTakesTheLowestOfTheTiedScores() {
    assertThat(Judgement.combine(scores(1.0, 0.5, 0.5, 1.0), "majority").score()).isEqualTo(0.5);
  }

  @Test
  void countsUsableAndUnusableVerdictsAndAgreeingPairs() {
    JudgeTally t = Judgement.combine(scores(1.0, 1.0, 0.5, null), "mean").tally();

    // Three usable verdicts make three pairs, one of which (1.0, 1.0) agrees.
    assertThat(t).isEqualTo(new JudgeTally(3, 1, 3, 1));
    assertThat(t.agreement()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void noUsableVerdictGivesNoScore() {
    Judgement j = Judgement.combine(scores(null, null), "median");

    assertThat(j.score()).isNull();
    assertThat(j.tally()).isEqualTo(new JudgeTally(0, 2, 0, 0));
    assertThat(j.tally().agreement()).isNaN();
  }

  @Test
  void talliesAddUp() {
    JudgeTally sum = new JudgeTally(3, 1, 3, 1).plus(new JudgeTally(2, 0, 1, 1)).plus(null);

    assertThat(sum).isEqualTo(new JudgeTally(5, 1, 4, 2));
    assertThat(sum.agreement()).isEqualTo(0.5);
  }
}
