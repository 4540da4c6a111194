package dev.gradus.search;

import java.util.List;

/**
 * One search algorithm. The workflow asks it for candidates, scores them itself, and asks it which
 * survive, so every strategy shares one evaluation and budget policy. Implementations are pure and
 * deterministic given the context's random source: they run inside workflow code.
 */
public interface SearchStrategy {

  /** New, unscored candidates for the generation {@code state.generation()}. */
  List<Candidate> propose(SearchState state, SearchContext context);

  /**
   * The next population, chosen from the current one and this generation's scored candidates.
   *
   * @param scored the proposals of this generation with their scores
   */
  List<Candidate> select(List<Candidate> population, List<Candidate> scored);

  /**
   * Whether the search has ended by its own rule, such as GRIPS's patience, before the generation
   * {@code state.generation()}; the run then stops with the reason {@code converged}. Most
   * strategies run until the budget ends them.
   */
  default boolean converged(SearchState state) {
    return false;
  }
}
