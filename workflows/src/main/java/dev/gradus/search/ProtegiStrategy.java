package dev.gradus.search;

import dev.gradus.spec.StrategySpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ProTeGi, or APO (Pryzant et al., 2023, "Automatic Prompt Optimization with 'Gradient Descent' and
 * Beam Search"). Each step expands every prompt of the beam from its errors on a train minibatch
 * ({@link ProtegiExpansion}: critiques, edits, paraphrases), then a bandit ({@link UcbSelection} or
 * {@link SuccessiveRejects}) picks the {@code beam} best of the beam and its successors from trials
 * on small random train minibatches, as in the paper. Only the successors the bandit picks are
 * returned, so the workflow scores those few on the whole validation split; {@link #select} keeps
 * the {@code beam} best of the old beam and them by that score. The paper ranks the beam by the
 * bandit's estimates alone; here the validation score has the last word, as for every strategy.
 */
public final class ProtegiStrategy implements SearchStrategy {

  public static final String TYPE = "protegi";
  public static final List<StrategyParameter> PARAMETERS = ProtegiSettings.PARAMETERS;

  private final ProtegiSettings settings;
  private final ProtegiExpansion expansion;

  ProtegiStrategy(ProtegiSettings settings) {
    this.settings = settings;
    this.expansion = new ProtegiExpansion(settings);
  }

  public static ProtegiStrategy fromSpec(StrategySpec spec) {
    return new ProtegiStrategy(ProtegiSettings.from(spec));
  }

  @Override
  public List<Candidate> propose(SearchState state, SearchContext context) {
    List<Candidate> beam = Ranking.top(settings.beam(), state.population());
    Set<String> seen = new HashSet<>();
    beam.forEach(c -> seen.add(InstructionKey.of(c.instruction())));
    List<Candidate> successors = new ArrayList<>();
    for (Candidate parent : beam) {
      List<Candidate> fresh =
          expansion.expand(parent, state.generation(), context).stream()
              .filter(c -> seen.add(InstructionKey.of(c.instruction())))
              .toList();
      // The paper keeps a random few successors per parent to bound the bandit's work.
      successors.addAll(Sampling.withoutReplacement(fresh, settings.expansion(), context.random()));
    }
    if (successors.isEmpty()) {
      return List.of();
    }
    List<Candidate> arms = new ArrayList<>(beam);
    arms.addAll(successors);
    if (arms.size() <= settings.beam()) {
      return successors; // every arm makes the beam: nothing to choose
    }
    Set<String> parents = new HashSet<>(beam.stream().map(Candidate::id).toList());
    return settings.selection().select(arms, settings.beam(), context).stream()
        .filter(c -> !parents.contains(c.id()))
        .toList();
  }

  /** The beam: the best {@code beam} of the old beam and the new successors, by validation. */
  @Override
  public List<Candidate> select(List<Candidate> population, List<Candidate> scored) {
    return Ranking.top(settings.beam(), population, scored);
  }
}
