package dev.gradus.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.cli.bench.RunOutcome.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class RacingTableTest {

  /** A run whose best rose to each score after the given calls. */
  private static RunOutcome run(String rule, int seed, Step... steps) {
    double best = steps[steps.length - 1].bestScore();
    long calls = steps[steps.length - 1].calls() + 100; // plus the seed's and the test's scoring
    return new RunOutcome("demos", rule, seed, "COMPLETED", 0.1, best, best, calls, List.of(steps));
  }

  @Test
  void aRulePassesOnASeedWhenItReachesFullsBestWithAtMostSeventyPercentOfTheCallsFullNeeded() {
    RacingTable table =
        new RacingTable(
            new BenchTable(
                List.of(
                    // Full reaches its best, 0.9, 0.8 and 0.7, after 1,000 calls each time.
                    run("full", 1, new Step(500, 0.5), new Step(1000, 0.9), new Step(1500, 0.9)),
                    run("full", 2, new Step(1000, 0.8)),
                    run("full", 3, new Step(1000, 0.7)),
                    // 600 calls to 0.9: passes. 750 to 0.8 (then better): reached only.
                    run("sr", 1, new Step(600, 0.9)),
                    run("sr", 2, new Step(750, 0.85)),
                    // Never reaches 0.7.
                    run("sr", 3, new Step(500, 0.6)))),
            "full");

    assertThat(table.reached("demos", "sr")).isEqualTo(2);
    assertThat(table.passes("demos", "sr")).isEqualTo(1);
    assertThat(table.callShare("demos", "sr").mean()).isCloseTo(0.675, within(1e-9));
    assertThat(table.markdown(BenchTask.ALL))
        .contains("**demos**: arithmetic")
        .contains("| full | 0.800 ± 0.248 | 0.800 ± 0.248 | 1,267 | 1 | – | – |")
        .contains("| sr | 0.783 ")
        .contains("| 2/3 | 1/3 |");
  }
}
