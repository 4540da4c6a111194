package dev.gradus.search;

import dev.gradus.spec.StrategySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Few-shot demonstration search, after DSPy's BootstrapFewShotWithRandomSearch and MIPRO
 * (Opsahl-Ong et al., 2024). The first generation bootstraps a pool of demonstrations ({@link
 * DemoBootstrap}): the train examples the target answers right with the seed instruction. Every
 * generation then proposes {@code candidates} prompts, each an instruction with {@code demos}
 * distinct demonstrations from the pool, drawn uniformly (random search) or by {@link TpeWeights}
 * from the scores of earlier candidates (MIPRO's TPE, in a simple categorical form). With {@code
 * instructions: 1} one optimizer request per generation also proposes new instructions ({@link
 * FewshotInstructions}), and the instruction of each candidate is chosen the same way as its
 * demonstrations. The workflow scores each candidate on the validation split with its
 * demonstrations rendered into the template's {@code {{demos}}}; selection keeps the best.
 */
public final class FewshotStrategy implements SearchStrategy {

  public static final String TYPE = "fewshot";
  public static final List<StrategyParameter> PARAMETERS = FewshotSettings.PARAMETERS;

  /** Draws per wanted candidate before giving up on finding a new pairing in a small pool. */
  private static final int ATTEMPTS = 20;

  private final FewshotSettings settings;

  /** The bootstrapped pool; rebuilt after continue-as-new, see {@link DemoBootstrap#recovered}. */
  private List<Integer> pool = List.of();

  FewshotStrategy(FewshotSettings settings) {
    this.settings = settings;
  }

  public static FewshotStrategy fromSpec(StrategySpec spec) {
    return new FewshotStrategy(FewshotSettings.from(spec));
  }

  @Override
  public List<Candidate> propose(SearchState state, SearchContext context) {
    List<Candidate> known =
        Ranking.top(2 * SearchState.LEADERBOARD_SIZE, state.population(), state.leaderboard());
    if (known.isEmpty()) {
      return List.of();
    }
    Candidate base = known.get(0);
    if (pool.isEmpty()) {
      List<Integer> recovered = DemoBootstrap.recovered(state);
      pool =
          recovered.size() >= settings.demos()
              ? recovered
              : DemoBootstrap.pool(
                  base.instruction(),
                  settings.bootstrap(),
                  settings.threshold(),
                  state.generation(),
                  context);
    }
    if (pool.isEmpty()) {
      return List.of(); // nothing answered right yet, or no budget: try again next generation
    }
    List<String> fresh =
        settings.coOptimize()
            ? FewshotInstructions.propose(known, settings.proposals(), context)
            : List.of();
    List<String> choices =
        settings.coOptimize()
            ? FewshotInstructions.bestPerInstruction(known).stream()
                .map(Candidate::instruction)
                .toList()
            : List.of(base.instruction());
    return pair(state.generation(), known, fresh, choices, context);
  }

  /** New instruction and demonstration-set pairings, none a repeat of a known candidate. */
  private List<Candidate> pair(
      int generation,
      List<Candidate> known,
      List<String> fresh,
      List<String> choices,
      SearchContext context) {
    Random random = context.random();
    Set<String> seen = new HashSet<>(known.stream().map(CandidateKey::of).toList());
    int size = Math.min(settings.demos(), pool.size());
    String note = (settings.tpe() ? "tpe" : "random") + " draw from a pool of " + pool.size();
    List<Candidate> out = new ArrayList<>();
    for (int attempt = 0;
        out.size() < settings.candidates() && attempt < ATTEMPTS * settings.candidates();
        attempt++) {
      boolean isFresh = out.size() < fresh.size();
      String instruction =
          isFresh ? fresh.get(out.size()) : drawInstruction(choices, known, random);
      List<Integer> demos = new ArrayList<>(drawDemos(size, known, random));
      Collections.sort(demos);
      if (seen.add(CandidateKey.of(instruction, demos))) {
        List<String> parents =
            known.stream()
                .filter(c -> !isFresh && c.instruction().equals(instruction))
                .limit(1)
                .map(Candidate::id)
                .toList();
        out.add(
            new Candidate(
                context.newCandidateId(),
                instruction,
                demos,
                parents.isEmpty() ? List.of(known.get(0).id()) : parents,
                TYPE,
                isFresh ? "new instruction; " + note : note,
                generation,
                null,
                0,
                null,
                null,
                null));
      }
    }
    return out;
  }

  private List<Integer> drawDemos(int size, List<Candidate> known, Random random) {
    List<Candidate> withDemos = known.stream().filter(c -> !c.demos().isEmpty()).toList();
    List<Double> weights =
        settings.tpe()
            ? TpeWeights.of(pool, withDemos, Candidate::demos)
            : Collections.nCopies(pool.size(), 1.0);
    return WeightedDraw.draw(pool, weights, size, random);
  }

  private String drawInstruction(List<String> choices, List<Candidate> known, Random random) {
    if (choices.size() == 1) {
      return choices.get(0);
    }
    List<Double> weights =
        settings.tpe()
            ? TpeWeights.of(choices, known, c -> List.of(c.instruction()))
            : Collections.nCopies(choices.size(), 1.0);
    return WeightedDraw.draw(choices, weights, 1, random).get(0);
  }

  /** The best {@code candidates} of the population and this generation's, by validation score. */
  @Override
  public List<Candidate> select(List<Candidate> population, List<Candidate> scored) {
    return Ranking.top(settings.candidates(), population, scored);
  }
}
