package dev.gradus.search;

import dev.gradus.spec.StrategySpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GEPA (Agrawal et al., 2025, "GEPA: Reflective Prompt Evolution Can Outperform Reinforcement
 * Learning"). The population is GEPA's candidate pool. Each generation the pool is tried on one
 * shared train sample and its {@link ParetoFront} built; then, {@code proposals} times, a parent is
 * drawn from the front in proportion to the examples it is best on, tried on a train minibatch, and
 * the optimizer reflects on its answers and the metric's feedback ({@link GepaReflection}) to write
 * a child. Parent and child are then tried on one minibatch together, and the child is proposed for
 * validation only if it scores strictly higher there; otherwise it is discarded unrecorded, as in
 * the paper.
 *
 * <p>Two departures, both forced by what a strategy can see. The paper's front is built on the
 * per-example validation scores; the workflow keeps only each candidate's mean, so the front is
 * built on train examples instead. And {@link SearchContext#tryOnTrain} draws its own examples, so
 * the acceptance test runs the parent again beside the child on a fresh minibatch, rather than
 * reusing the reflection minibatch: still a like-for-like comparison, on examples the child was not
 * written from, at the price of {@code minibatch} more target calls.
 *
 * <p>The paper's optional system-aware merge is left out: it recombines the modules of two
 * descendants of one ancestor, and a Gradus prompt has one module, its instruction, for which merge
 * reduces to picking the better of the two.
 */
public final class GepaStrategy implements SearchStrategy {

  public static final String TYPE = "gepa";
  public static final List<StrategyParameter> PARAMETERS = GepaSettings.PARAMETERS;

  private final GepaSettings settings;

  GepaStrategy(GepaSettings settings) {
    this.settings = settings;
  }

  public static GepaStrategy fromSpec(StrategySpec spec) {
    return new GepaStrategy(GepaSettings.from(spec));
  }

  @Override
  public List<Candidate> propose(SearchState state, SearchContext context) {
    List<Candidate> pool = Ranking.top(settings.pool(), state.population());
    if (pool.isEmpty()) {
      return List.of();
    }
    ParetoFront front = front(pool, context);
    Set<String> seen = new HashSet<>();
    pool.forEach(c -> seen.add(InstructionKey.of(c.instruction())));
    List<Candidate> accepted = new ArrayList<>();
    for (int i = 0; i < settings.proposals() && !front.isEmpty(); i++) {
      Candidate parent = front.draw(context.random());
      Trial reflected = context.tryOnTrain(List.of(parent), settings.minibatch()).get(0);
      if (reflected.empty()) {
        break; // the budget cannot pay for a trial, so neither for the test of a child
      }
      List<ExampleOutcome> shown =
          reflected.errors().stream().filter(o -> o.example() != null).toList();
      if (shown.isEmpty()) {
        continue; // perfect on the minibatch: nothing to reflect on, as in the paper
      }
      Optional<Candidate> child =
          GepaReflection.child(parent, shown, state.generation(), context)
              .filter(c -> seen.add(InstructionKey.of(c.instruction())));
      if (child.isPresent() && improves(parent, child.get(), context)) {
        accepted.add(child.get());
      }
    }
    return accepted;
  }

  /** The pool's front on one shared train sample; a lone candidate is its own front, unpaid. */
  private ParetoFront front(List<Candidate> pool, SearchContext context) {
    if (pool.size() == 1) {
      return new ParetoFront(pool, List.of(1));
    }
    return ParetoFront.of(context.tryOnTrain(pool, settings.pareto()));
  }

  /** GEPA's acceptance rule: the child must beat its parent on the same minibatch, strictly. */
  private boolean improves(Candidate parent, Candidate child, SearchContext context) {
    List<Trial> trials = context.tryOnTrain(List.of(parent, child), settings.minibatch());
    Trial before = trials.get(0);
    Trial after = trials.get(1);
    boolean complete = !before.empty() && before.outcomes().size() == after.outcomes().size();
    return complete && after.sum() > before.sum();
  }

  /** The pool: the best {@code pool} of the old pool and the accepted children, by validation. */
  @Override
  public List<Candidate> select(List<Candidate> population, List<Candidate> scored) {
    return Ranking.top(settings.pool(), population, scored);
  }
}
