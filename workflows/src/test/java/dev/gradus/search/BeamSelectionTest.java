package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BeamSelectionTest {

  /** Arms that answer a fixed share of examples right: "0.9" is right on 9 in 10. */
  private static FakeContext fixedRewards() {
    FakeContext ctx = new FakeContext(p -> List.of());
    ctx.trainScore = (instruction, i) -> (i % 10) < Double.parseDouble(instruction) * 10 ? 1.0 : 0;
    return ctx;
  }

  private static List<Candidate> arms(String... rewards) {
    return java.util.Arrays.stream(rewards)
        .map(r -> Candidate.proposed("arm" + r, r, List.of(), "test", null, 1))
        .toList();
  }

  @Test
  void ucbPullsUnpulledArmsFirstThenTheHighestUpperBound() {
    UcbSelection ucb = new UcbSelection(8, 2, 10, 1.0);
    ArmTallies tallies = new ArmTallies(4);
    tallies.sums[0] = 8; // mean 0.8 on 10
    tallies.counts[0] = 10;
    tallies.sums[1] = 9; // mean 0.9 on 10
    tallies.counts[1] = 10;
    tallies.sums[2] = 0.7; // mean 0.7 on only 1: the widest bound
    tallies.counts[2] = 1;
    tallies.counts[3] = 0;

    assertThat(ucb.nextArms(tallies, 3, 2, new Random(1))).containsExactly(3, 2);
    tallies.counts[3] = 10;
    assertThat(ucb.nextArms(tallies, 3, 2, new Random(1))).containsExactly(2, 1);
    assertThat(ucb.bound(tallies, 2, 3)).isEqualTo(0.7 + Math.sqrt(Math.log(3)), within());
    // Without exploration the bound is the mean.
    assertThat(new UcbSelection(8, 2, 10, 0).nextArms(tallies, 3, 2, new Random(1)))
        .containsExactly(1, 0);
  }

  @Test
  void ucbSpendsMostTrialsOnTheBestArmAndRanksByMean() {
    FakeContext ctx = fixedRewards();
    List<Candidate> arms = arms("0.5", "0.9", "0.1");

    List<Candidate> best = new UcbSelection(12, 1, 10, 2.0).select(arms, 2, ctx);

    assertThat(best).extracting(Candidate::instruction).containsExactly("0.9", "0.5");
    Map<String, Long> pulls =
        ctx.trials.stream()
            .flatMap(List::stream)
            .collect(
                java.util.stream.Collectors.groupingBy(
                    s -> s, java.util.stream.Collectors.counting()));
    assertThat(pulls.get("0.9")).isGreaterThan(pulls.get("0.5"));
    assertThat(pulls.get("0.5")).isGreaterThanOrEqualTo(pulls.get("0.1"));
    assertThat(pulls.values()).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(ctx.trials).hasSize(12).allSatisfy(round -> assertThat(round).hasSize(1));
  }

  @Test
  void successiveRejectsDropsTheWorstArmEachPhaseUntilTheBeamRemains() {
    FakeContext ctx = fixedRewards();
    List<Candidate> arms = arms("0.5", "0.9", "0.1", "0.3");

    List<Candidate> best = new SuccessiveRejects(400).select(arms, 2, ctx);

    assertThat(best).extracting(Candidate::instruction).containsExactly("0.9", "0.5");
    assertThat(ctx.trials)
        .containsExactly(List.of("0.5", "0.9", "0.1", "0.3"), List.of("0.5", "0.9", "0.3"));
  }

  @Test
  void successiveRejectsPhasesGrowAsAudibertAndBubeckSay() {
    SuccessiveRejects sr = new SuccessiveRejects(1000);
    // K = 3 rejections: logbar = 1/2 + 1/2 + 1/3; n_k = (1000 - 3) / (logbar * (4 - k)).
    double logBar = 0.5 + 0.5 + 1.0 / 3;
    assertThat(sr.phaseLength(1, 3)).isEqualTo(997 / (logBar * 3), within());
    assertThat(sr.phaseLength(3, 3)).isEqualTo(997 / logBar, within());
  }

  @Test
  void banditsStopWhenTheBudgetPaysForNoMoreTrials() {
    FakeContext ctx = fixedRewards();
    ctx.callLimit = 35;
    List<Candidate> best =
        new UcbSelection(50, 2, 10, 1.0).select(arms("0.5", "0.9", "0.1"), 1, ctx);
    assertThat(ctx.calls).isLessThanOrEqualTo(35);
    assertThat(best).hasSize(1);

    FakeContext sr = fixedRewards();
    sr.callLimit = 10;
    new SuccessiveRejects(400).select(arms("0.5", "0.9", "0.1"), 1, sr);
    assertThat(sr.calls).isLessThanOrEqualTo(10);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
