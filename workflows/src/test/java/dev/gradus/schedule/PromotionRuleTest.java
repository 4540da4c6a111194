package dev.gradus.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.gradus.search.ScoreStatistics;
import org.junit.jupiter.api.Test;

class PromotionRuleTest {

  @Test
  void signTestPValuesAreTheExactBinomialTail() {
    assertThat(ScoreStatistics.signTestPValue(6, 0)).isCloseTo(1.0 / 64, offset(1e-12));
    assertThat(ScoreStatistics.signTestPValue(5, 1)).isCloseTo(7.0 / 64, offset(1e-12));
    assertThat(ScoreStatistics.signTestPValue(3, 3)).isCloseTo(42.0 / 64, offset(1e-12));
    assertThat(ScoreStatistics.signTestPValue(0, 4)).isEqualTo(1.0);
    assertThat(ScoreStatistics.signTestPValue(0, 0)).isEqualTo(1.0);
  }

  @Test
  void largeSamplesDoNotUnderflow() {
    // 1,200 wins of 2,000: far beyond chance; 0.5^2000 alone underflows a double.
    double p = ScoreStatistics.signTestPValue(1200, 800);
    assertThat(p).isGreaterThan(0).isLessThan(1e-15);
    assertThat(ScoreStatistics.signTestPValue(1000, 1000)).isCloseTo(0.509, offset(0.001));
  }

  @Test
  void aClearWinOnEnoughExamplesIsPromoted() {
    double[] challenger = {1, 1, 1, 1, 1, 1, 1, 0};
    double[] incumbent = {0, 0, 0, 0, 0, 0, 1, 0};
    PromotionRule.Verdict v = PromotionRule.decide(challenger, incumbent, 0.05);
    assertThat(v.promoted()).isTrue();
    assertThat(v.wins()).isEqualTo(6);
    assertThat(v.losses()).isZero();
    assertThat(v.examples()).isEqualTo(8);
    assertThat(v.challengerScore()).isEqualTo(0.875);
    assertThat(v.incumbentScore()).isEqualTo(0.125);
    assertThat(v.reason()).startsWith("promoted").contains("p=0.0156 < 0.05");
  }

  @Test
  void aHigherMeanThatChanceExplainsIsNotPromoted() {
    double[] challenger = {1, 1, 1, 0, 1};
    double[] incumbent = {0, 0, 1, 1, 1};
    PromotionRule.Verdict v = PromotionRule.decide(challenger, incumbent, 0.05);
    assertThat(v.challengerScore()).isGreaterThan(v.incumbentScore());
    assertThat(v.promoted()).isFalse();
    assertThat(v.reason()).startsWith("kept the incumbent").contains(">= 0.05");
  }

  @Test
  void aLooserLevelPromotesWhatAStricterOneKeeps() {
    double[] challenger = {1, 1, 1, 1, 0};
    double[] incumbent = {0, 0, 0, 0, 1};
    // 4 wins, 1 loss: p = 6/32 = 0.1875
    assertThat(PromotionRule.decide(challenger, incumbent, 0.05).promoted()).isFalse();
    assertThat(PromotionRule.decide(challenger, incumbent, 0.2).promoted()).isTrue();
  }

  @Test
  void gradedScoresArePairedPerExample() {
    double[] challenger = {0.9, 0.8, 0.7, 0.95, 0.6, 0.85};
    double[] incumbent = {0.5, 0.4, 0.3, 0.2, 0.1, 0.84};
    assertThat(PromotionRule.decide(challenger, incumbent, 0.05).promoted()).isTrue();
    assertThat(PromotionRule.decide(incumbent, challenger, 0.05).promoted()).isFalse();
  }

  @Test
  void mismatchedPairsAreRefused() {
    assertThatThrownBy(() -> PromotionRule.decide(new double[2], new double[3], 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 vs 3");
  }
}
