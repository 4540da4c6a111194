package dev.gradus.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * ProTeGi's UCB bandit (Pryzant et al., 2023, Algorithm 3, as in the authors' code): for {@code
 * rounds} rounds, pull the {@code armsPerRound} arms with the highest upper confidence bound, mean
 * plus {@code c * sqrt(ln t / N)} with N the examples an arm has been tried on, all on one fresh
 * train minibatch of {@code samples}; then keep the arms with the best means. Arms never pulled
 * come first, in random order, so every arm is tried once before any is tried twice.
 */
final class UcbSelection implements BeamSelection {

  private final int rounds;
  private final int armsPerRound;
  private final int samples;
  private final double exploration;

  UcbSelection(int rounds, int armsPerRound, int samples, double exploration) {
    this.rounds = rounds;
    this.armsPerRound = armsPerRound;
    this.samples = samples;
    this.exploration = exploration;
  }

  @Override
  public List<Candidate> select(List<Candidate> arms, int beam, SearchContext context) {
    ArmTallies tallies = new ArmTallies(arms.size());
    int perRound = Math.min(armsPerRound, arms.size());
    for (int t = 1; t <= rounds; t++) {
      List<Integer> chosen = nextArms(tallies, t, perRound, context.random());
      if (!tallies.pull(arms, chosen, samples, context)) {
        break; // the budget pays for no more trials
      }
    }
    List<Integer> all = IntStream.range(0, arms.size()).boxed().toList();
    return tallies.bestFirst(all).stream().limit(beam).map(arms::get).toList();
  }

  /** The {@code n} arms to pull in round {@code t} (counting from 1). */
  List<Integer> nextArms(ArmTallies tallies, int t, int n, Random random) {
    List<Integer> unpulled = new ArrayList<>();
    List<Integer> pulled = new ArrayList<>();
    for (int arm = 0; arm < tallies.counts.length; arm++) {
      (tallies.counts[arm] == 0 ? unpulled : pulled).add(arm);
    }
    Collections.shuffle(unpulled, random);
    pulled.sort(Comparator.comparingDouble((Integer arm) -> -bound(tallies, arm, t)));
    List<Integer> order = new ArrayList<>(unpulled);
    order.addAll(pulled);
    return List.copyOf(order.subList(0, Math.min(n, order.size())));
  }

  double bound(ArmTallies tallies, int arm, int t) {
    return tallies.mean(arm)
        + exploration * Math.sqrt(Math.log(t) / Math.max(1, tallies.counts[arm]));
  }
}
