package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreStatisticsTest {

  @Test
  void wilsonMatchesPublishedValues() {
    // Newcombe (1998), and any statistics package: 8/10 gives [0.4902, 0.9433].
    ScoreInterval eight = ScoreStatistics.wilson(8, 10);
    assertThat(eight.low()).isCloseTo(0.4902, within(1e-4));
    assertThat(eight.high()).isCloseTo(0.9433, within(1e-4));
    assertThat(eight.method()).isEqualTo("wilson");
    // At the edges it stays inside [0, 1] and is not empty, unlike the normal approximation.
    ScoreInterval none = ScoreStatistics.wilson(0, 10);
    assertThat(none.low()).isZero();
    assertThat(none.high()).isCloseTo(0.2775, within(1e-4));
    assertThat(ScoreStatistics.wilson(60, 60).low()).isCloseTo(0.9398, within(1e-4));
  }

  @Test
  void scoresOfZeroAndOneAreAProportion() {
    List<Double> scores = new ArrayList<>(Collections.nCopies(8, 1.0));
    scores.addAll(Collections.nCopies(2, 0.0));
    assertThat(ScoreStatistics.interval(scores, 7)).isEqualTo(ScoreStatistics.wilson(8, 10));
    assertThat(ScoreStatistics.interval(List.of(), 7)).isNull();
  }

  @Test
  void otherScoresGetAReproducibleBootstrapAsWideAsTheNormalTheorySays() {
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      scores.add(List.of(0.2, 0.4, 0.6, 0.8).get(i % 4));
    }
    ScoreInterval interval = ScoreStatistics.interval(scores, 42);
    assertThat(interval.method()).isEqualTo("bootstrap");
    assertThat(interval).isEqualTo(ScoreStatistics.interval(scores, 42));
    // Mean 0.5, population standard deviation sqrt(0.05): half-width about 1.96 * 0.2236 / 10.
    double expectedHalf = 1.96 * Math.sqrt(0.05) / 10;
    assertThat(interval.low()).isCloseTo(0.5 - expectedHalf, within(0.15 * expectedHalf));
    assertThat(interval.high()).isCloseTo(0.5 + expectedHalf, within(0.15 * expectedHalf));
  }

  @Test
  void aPairedComparisonSaysWhetherTheGainIsBeyondChance() {
    List<Double> seed = new ArrayList<>();
    List<Double> best = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      seed.add(i < 10 ? 1.0 : 0.0);
      best.add(i < 40 ? 1.0 : 0.0);
    }
    ScoreComparison clear = ScoreStatistics.compare(best, seed, 1);
    assertThat(clear.difference()).isCloseTo(0.6, within(1e-9));
    assertThat(clear.interval().low()).isGreaterThan(0.4);
    assertThat(clear.interval().method()).isEqualTo("paired bootstrap");
    assertThat(clear.examples()).isEqualTo(50);
    assertThat(clear.significant()).isTrue();

    // One example's difference in fifty is within chance.
    List<Double> barely = new ArrayList<>(seed);
    barely.set(20, 1.0);
    ScoreComparison noise = ScoreStatistics.compare(barely, seed, 1);
    assertThat(noise.difference()).isCloseTo(0.02, within(1e-9));
    assertThat(noise.interval().low()).isLessThanOrEqualTo(0.0);
    assertThat(noise.significant()).isFalse();

    ScoreComparison itself = ScoreStatistics.compare(seed, seed, 1);
    assertThat(itself.difference()).isZero();
    assertThat(itself.significant()).isFalse();

    assertThatThrownBy(() -> ScoreStatistics.compare(seed, best.subList(0, 3), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("50 and 3");
  }
}
