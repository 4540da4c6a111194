package dev.gradus.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * EvoPrompt's differential evolution (Guo et al., 2023). For every member of the population, the
 * "basic prompt", one optimizer call takes two other members as donors, mutates the parts in which
 * they differ, combines those parts with the current best prompt, and crosses the result over with
 * the basic prompt. A child replaces its basic prompt only if it scores higher. Until the
 * population holds N prompts it is filled as {@link EvoInitialPopulation} says.
 */
public final class EvoDeStrategy implements SearchStrategy {

  public static final String TYPE = "evo-de";

  public static final List<StrategyParameter> PARAMETERS =
      List.of(
          StrategyParameter.count(
              "population", 3, 100, 10, "prompts kept, each bred once per generation (N)"));

  private static final MetaPrompt BREED = MetaPrompt.load("evo-de");

  private final int population;

  public EvoDeStrategy(int population) {
    this.population = population;
  }

  @Override
  public List<Candidate> propose(SearchState state, SearchContext context) {
    if (EvoInitialPopulation.filling(state, population)) {
      return EvoInitialPopulation.variations(state, context, population);
    }
    List<Candidate> members = state.population();
    Candidate best = Ranking.top(1, members).get(0);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Candidate basic = members.get(i);
      int[] donors = donors(members.size(), i, context);
      Candidate d1 = members.get(donors[0]);
      Candidate d2 = members.get(donors[1]);
      String prompt =
          BREED.fill(
              Map.of(
                  "donor1", d1.instruction(),
                  "donor2", d2.instruction(),
                  "best", best.instruction(),
                  "basic", basic.instruction()));
      // The basic prompt comes first: select() pairs each child with it.
      List<String> parents =
          List.copyOf(new LinkedHashSet<>(List.of(basic.id(), best.id(), d1.id(), d2.id())));
      String note =
          "basic " + basic.id() + ", donors " + d1.id() + " and " + d2.id() + ", best " + best.id();
      EvoReplies.child(context, prompt, parents, TYPE, note, state.generation())
          .ifPresent(out::add);
    }
    return out;
  }

  /** Two distinct members other than {@code member}, drawn uniformly, as the paper's code does. */
  static int[] donors(int size, int member, SearchContext context) {
    int first = context.random().nextInt(size - 1);
    first += first >= member ? 1 : 0;
    int second = context.random().nextInt(size - 2);
    for (int taken : new int[] {Math.min(member, first), Math.max(member, first)}) {
      second += second >= taken ? 1 : 0;
    }
    return new int[] {first, second};
  }

  /**
   * Pairwise selection: each member stays unless its child scores strictly higher. While the
   * population is filling, the best N of all survive. A scored candidate that is no member's child
   * (a prompt a person injected) replaces the worst member if it beats it.
   */
  @Override
  public List<Candidate> select(List<Candidate> population, List<Candidate> scored) {
    if (population.size() < this.population) {
      return Ranking.top(this.population, population, scored);
    }
    Map<String, Candidate> children = new HashMap<>();
    List<Candidate> strangers = new ArrayList<>();
    for (Candidate c : scored) {
      if (!c.scored()) {
        continue;
      }
      boolean child = TYPE.equals(c.operation()) && !c.parentIds().isEmpty();
      if (child && population.stream().anyMatch(m -> m.id().equals(c.parentIds().get(0)))) {
        children.merge(c.parentIds().get(0), c, (x, y) -> y.score() > x.score() ? y : x);
      } else {
        strangers.add(c);
      }
    }
    List<Candidate> next = new ArrayList<>();
    for (Candidate member : population) {
      Candidate child = children.get(member.id());
      next.add(child != null && child.score() > member.scoreOrWorst() ? child : member);
    }
    for (Candidate stranger : strangers) {
      int worst = 0;
      for (int k = 1; k < next.size(); k++) {
        if (next.get(k).scoreOrWorst() < next.get(worst).scoreOrWorst()) {
          worst = k;
        }
      }
      if (stranger.score() > next.get(worst).scoreOrWorst()) {
        next.set(worst, stranger);
      }
    }
    return next;
  }
}
