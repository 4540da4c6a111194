package dev.gradus.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RacingTableTest {

  private static RunOutcome run(String rule, int seed, double best, long calls) {
    return new RunOutcome("demos", rule, seed, "COMPLETED", 0.1, best, best, calls, List.of());
  }

  @Test
  void aRulePassesOnASeedWhenItMatchesFullsBestWithAtMostSeventyPercentOfTheCalls() {
    RacingTable table =
        new RacingTable(
            new BenchTable(
                List.of(
                    run("full", 1, 0.9, 1000),
                    run("full", 2, 0.8, 1000),
                    run("full", 3, 0.7, 1000),
                    run("sr", 1, 0.9, 600), // same best, 60%: passes
                    run("sr", 2, 0.85, 750), // better, but 75%: same best only
                    run("sr", 3, 0.6, 500))), // cheaper, but worse
            "full");

    assertThat(table.sameBest("demos", "sr")).isEqualTo(2);
    assertThat(table.passes("demos", "sr")).isEqualTo(1);
    assertThat(table.callShare("demos", "sr").mean()).isCloseTo(0.6167, within(1e-4));
    assertThat(table.markdown(BenchTask.ALL))
        .contains("**demos**: arithmetic")
        .contains("| full | 0.800 ± 0.248 | 0.800 ± 0.248 | 1,000 | 1 | – | – |")
        .contains("| sr | 0.783 ")
        .contains("| 2/3 | 1/3 |");
  }
}
