package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EvoPrompt's genetic algorithm (Guo et al., 2023, "Connecting Large Language Models with
 * Evolutionary Algorithms Yields Powerful Prompt Optimizers"). Each generation breeds N children:
 * two parents drawn by roulette wheel (probability proportional to validation score), and one
 * optimizer call that crosses them over and mutates the result. The best N of parents and children
 * survive. Until the population holds N prompts it is filled as {@link EvoInitialPopulation} says.
 */
public final class EvoGaStrategy implements SearchStrategy {

  public static final String TYPE = "evo-ga";

  public static final List<StrategyParameter> PARAMETERS =
      List.of(
          StrategyParameter.count(
              "population", 2, 100, 10, "prompts kept, and children bred per generation (N)"));

  private static final MetaPrompt BREED = MetaPrompt.load("evo-ga");

  private final int population;

  public EvoGaStrategy(int population) {
    this.population = population;
  }

  @Override
  public List<Candidate> propose(SearchState state, SearchContext context) {
    if (EvoInitialPopulation.filling(state, population)) {
      return EvoInitialPopulation.variations(state, context, population);
    }
    List<Candidate> members = Ranking.top(population, state.population());
    List<Candidate> out = new ArrayList<>();
    for (int child = 0; child < population; child++) {
      int first = Roulette.spin(members, context.random(), -1);
      Candidate a = members.get(first);
      Candidate b = members.get(Roulette.spin(members, context.random(), first));
      String prompt = BREED.fill(Map.of("prompt1", a.instruction(), "prompt2", b.instruction()));
      EvoReplies.child(
              context,
              prompt,
              List.of(a.id(), b.id()),
              TYPE,
              "crossover and mutation of " + a.id() + " and " + b.id(),
              state.generation())
          .ifPresent(out::add);
    }
    return out;
  }

  /** The paper's GA selection: the best N of the parents and their children. */
  @Override
  public List<Candidate> select(List<Candidate> population, List<Candidate> scored) {
    return Ranking.top(this.population, population, scored);
  }
}
