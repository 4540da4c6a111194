package dev.gradus.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.cli.bench.RunOutcome.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {

  @Test
  void theIntervalIsStudentsTForTheSeedsRun() {
    // Mean 3, sample standard deviation sqrt(2.5), t(0.975, 4) = 2.776445.
    MeanInterval five = MeanInterval.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
    assertThat(five.mean()).isEqualTo(3.0);
    assertThat(five.halfWidth()).isCloseTo(2.776445 * Math.sqrt(2.5 / 5), within(1e-5));
    assertThat(five.format()).isEqualTo("3.000 ± 1.963");
    // Two values: t(0.975, 1) = 12.7062, standard error 0.05.
    assertThat(MeanInterval.of(List.of(0.5, 0.6)).halfWidth()).isCloseTo(0.63531, within(1e-4));
    assertThat(MeanInterval.of(List.of(0.7)).format()).isEqualTo("0.700");
    assertThat(MeanInterval.of(List.of()).format()).isEqualTo("–");
  }

  @Test
  void callsToReachCountFromTheFirstGenerationAndMissWhenNeverReached() {
    RunOutcome climbing =
        outcome("t", "a", 1, 0.1, 0.8, List.of(new Step(100, 0.3), new Step(250, 0.8)));
    assertThat(climbing.callsToReach(0.72)).isEqualTo(250);
    assertThat(climbing.callsToReach(0.3)).isEqualTo(100);
    assertThat(climbing.callsToReach(0.05)).isZero();
    assertThat(climbing.callsToReach(0.9)).isEqualTo(-1);
  }

  @Test
  void theTableComparesStrategiesPerLandscapeAgainstTheBestScoreSeen() {
    List<RunOutcome> runs =
        List.of(
            outcome("feedback", "ape", 1, 0.1, 0.5, List.of(new Step(300, 0.5))),
            outcome("feedback", "ape", 2, 0.1, 0.6, List.of(new Step(300, 0.6))),
            outcome("feedback", "gepa", 1, 0.1, 0.9, List.of(new Step(200, 0.9))),
            outcome(
                "feedback", "gepa", 2, 0.1, 1.0, List.of(new Step(100, 0.95), new Step(400, 1.0))),
            outcome("needle", "ape", 1, 0.2, 0.2, List.of()));
    BenchTable table = new BenchTable(runs);

    assertThat(table.tasks()).containsExactly("feedback", "needle");
    assertThat(table.bestSeen("feedback")).isEqualTo(1.0);
    assertThat(table.validation("feedback", "gepa").mean()).isCloseTo(0.95, within(1e-9));
    assertThat(table.callsToReach("feedback", "gepa")).isEqualTo("150 (2/2)");
    assertThat(table.callsToReach("feedback", "ape")).isEqualTo("never (0/2)");
    MeanInterval gain = table.testDifference("feedback", "gepa", "ape").orElseThrow();
    assertThat(gain.mean()).isCloseTo(0.4, within(1e-9));
    assertThat(gain.halfWidth()).isCloseTo(0.0, within(1e-9)); // both seeds gained 0.4
    assertThat(table.testDifference("needle", "gepa", "ape")).isEmpty();

    String markdown = table.markdown(BenchTask.ALL);
    assertThat(markdown)
        .contains("**feedback**: ticket routing")
        .contains("| gepa | 0.950 ± 0.635 | 0.950 ± 0.635 | 150 (2/2) | 300 |")
        .contains("| ape | 0.200 | 0.200 | 0 (1/1) | 0 |");
  }

  private static RunOutcome outcome(
      String task, String strategy, int seed, double seedScore, double best, List<Step> steps) {
    long calls = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).calls();
    return new RunOutcome(task, strategy, seed, "COMPLETED", seedScore, best, best, calls, steps);
  }
}
