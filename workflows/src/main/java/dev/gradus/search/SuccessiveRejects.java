package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Successive Rejects (Audibert and Bubeck, 2010), as ProTeGi uses it (Algorithm 4, and the authors'
 * code): in each phase every surviving arm is tried on the same fresh train minibatch and the arm
 * with the lowest mean so far is rejected, until {@code beam} arms remain. Phase k adds {@code n_k
 * - n_(k-1)} examples per arm (at least 4), {@code n_k = (B - K) / (logbar(K) * (K + 1 - k))},
 * where K is the number of arms to reject, B the trial budget in examples, and {@code logbar(K) =
 * 1/2 + sum_(i=2..K) 1/i}. Means accumulate over phases, as in Audibert and Bubeck.
 */
final class SuccessiveRejects implements BeamSelection {

  static final int MIN_SAMPLES = 4;

  private final int budget;

  /**
   * @param budget train examples, summed over arms and phases, the phases are sized for
   */
  SuccessiveRejects(int budget) {
    this.budget = budget;
  }

  @Override
  public List<Candidate> select(List<Candidate> arms, int beam, SearchContext context) {
    ArmTallies tallies = new ArmTallies(arms.size());
    List<Integer> alive = new ArrayList<>(IntStream.range(0, arms.size()).boxed().toList());
    int rejections = arms.size() - beam;
    double previous = 0;
    for (int phase = 1; phase <= rejections; phase++) {
      double nk = phaseLength(phase, rejections);
      int samples = Math.max(MIN_SAMPLES, (int) (nk - previous));
      previous = nk;
      if (!tallies.pull(arms, alive, samples, context)) {
        break; // the budget pays for no more trials
      }
      List<Integer> ranked = tallies.bestFirst(alive);
      alive.remove(ranked.get(ranked.size() - 1));
    }
    return tallies.bestFirst(alive).stream().limit(beam).map(arms::get).toList();
  }

  /** n_k: the examples each arm surviving to phase k has been tried on by its end. */
  double phaseLength(int phase, int rejections) {
    double logBar = 0.5;
    for (int i = 2; i <= rejections; i++) {
      logBar += 1.0 / i;
    }
    return (budget - rejections) / (logBar * (rejections + 1 - phase));
  }
}
