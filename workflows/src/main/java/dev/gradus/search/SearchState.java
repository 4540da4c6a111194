package dev.gradus.search;

import java.util.List;

/**
 * What a strategy knows between generations. It travels through continue-as-new, so it holds only
 * bounded lists: the current population and the best candidates seen so far.
 *
 * @param generation the number of the generation about to be proposed (1 for the first)
 * @param population the survivors of the last generation, scored
 * @param leaderboard the best scored candidates of the whole run, best first, at most {@link
 *     #LEADERBOARD_SIZE}
 */
public record SearchState(int generation, List<Candidate> population, List<Candidate> leaderboard) {

  public static final int LEADERBOARD_SIZE = 20;

  public SearchState {
    population = List.copyOf(population);
    leaderboard = List.copyOf(leaderboard);
  }
}
