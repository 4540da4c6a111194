package dev.gradus.search;

import dev.gradus.search.PromptbreederMutation.Mutant;
import dev.gradus.search.PromptbreederMutation.Operator;
import dev.gradus.spec.StrategySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Promptbreeder (Fernando et al., 2023, "Promptbreeder: Self-Referential Self-Improvement via
 * Prompt Evolution"). Each unit of evolution is a task prompt and the mutation prompt that mutates
 * it ({@link EvolutionUnit}); the mutation prompts evolve too, by hyper-mutation. The initial units
 * apply a random mutation prompt and thinking style to the problem description (the seed prompt).
 * Then every generation pairs the population at random and holds a binary tournament per pair: the
 * loser is replaced by a copy of the winner mutated by one operator drawn uniformly from {@link
 * Operator}. Fitness is the validation score the workflow gives every candidate.
 *
 * <p>Departures from the paper: a unit holds one task prompt, not two, since a Gradus template has
 * one instruction; the paper's Lamarckian operator (a prompt from correct workings), prompt
 * crossover and few-shot context shuffling are left out; the lineage operator shows the run's
 * elites rather than the unit's; and a replacement that repeats an already scored wording is
 * dropped by the workflow, so its loser survives that round.
 */
public final class PromptbreederStrategy implements SearchStrategy {

  public static final String TYPE = "promptbreeder";

  public static final List<StrategyParameter> PARAMETERS =
      List.of(
          StrategyParameter.count(
              "population", 2, 200, 50, "units of evolution in the population (the paper's 50)"));

  private static final List<Operator> OPERATORS = List.of(Operator.values());

  private final int population;

  public PromptbreederStrategy(int population) {
    this.population = population;
  }

  public static PromptbreederStrategy fromSpec(StrategySpec spec) {
    return new PromptbreederStrategy(
        StrategyParameter.reader(spec, PARAMETERS).count("population"));
  }

  @Override
  public List<Candidate> propose(SearchState state, SearchContext context) {
    PromptbreederMutation mutation = new PromptbreederMutation(state, context);
    return state.population().size() < population
        ? initialUnits(state, context, mutation)
        : tournaments(state, context, mutation);
  }

  private List<Candidate> initialUnits(
      SearchState state, SearchContext context, PromptbreederMutation mutation) {
    List<String> parents = Ranking.top(1, state.population()).stream().map(Candidate::id).toList();
    List<Candidate> out = new ArrayList<>();
    for (int i = state.population().size(); i < population; i++) {
      Optional<Mutant> unit = mutation.initial();
      if (unit.isEmpty()) {
        continue;
      }
      out.add(child(state, context, unit.get(), parents, "initial", null));
    }
    return out;
  }

  private List<Candidate> tournaments(
      SearchState state, SearchContext context, PromptbreederMutation mutation) {
    List<Candidate> members = new ArrayList<>(state.population());
    Collections.shuffle(members, context.random());
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i + 1 < members.size(); i += 2) {
      Candidate a = members.get(i);
      Candidate b = members.get(i + 1);
      boolean aWins =
          a.scoreOrWorst() != b.scoreOrWorst()
              ? a.scoreOrWorst() > b.scoreOrWorst()
              : context.random().nextBoolean();
      Candidate winner = aWins ? a : b;
      Candidate loser = aWins ? b : a;
      Operator operator = OPERATORS.get(context.random().nextInt(OPERATORS.size()));
      // The seed, or a candidate a person injected, joins without a mutation prompt: give it one.
      String mutationPrompt =
          winner.unit() != null
              ? winner.unit().mutationPrompt()
              : mutation.draw(PromptbreederMutation.MUTATION_PROMPTS);
      mutation
          .mutate(operator, winner, mutationPrompt)
          .ifPresent(
              m ->
                  out.add(
                      child(state, context, m, List.of(winner.id()), operator.label, loser.id())));
    }
    return out;
  }

  private static Candidate child(
      SearchState state,
      SearchContext context,
      Mutant mutant,
      List<String> parents,
      String operator,
      String replaces) {
    String note = replaces == null ? mutant.note() : mutant.note() + "; replaces " + replaces;
    return Candidate.proposed(
            context.newCandidateId(),
            mutant.prompt(),
            parents,
            TYPE + " " + operator,
            note,
            state.generation())
        .withUnit(new EvolutionUnit(mutant.mutationPrompt(), replaces));
  }

  /**
   * Each scored replacement takes its tournament loser's place; initial units, and candidates a
   * person injected, join the population, which keeps its best N.
   */
  @Override
  public List<Candidate> select(List<Candidate> current, List<Candidate> scored) {
    List<Candidate> next = new ArrayList<>(current);
    for (Candidate c : scored) {
      String replaces = c.unit() == null ? null : c.unit().replaces();
      if (replaces == null) {
        next.add(c);
        continue;
      }
      for (int i = 0; i < next.size(); i++) {
        if (next.get(i).id().equals(replaces)) {
          next.set(i, c);
          break;
        }
      }
    }
    return next.size() > population ? Ranking.top(population, next) : next;
  }
}
