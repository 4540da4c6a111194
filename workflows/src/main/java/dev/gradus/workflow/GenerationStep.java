package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.CandidateKey;
import dev.gradus.search.Lineage;
import dev.gradus.search.Ranking;
import dev.gradus.search.SearchState;
import dev.gradus.search.SearchStrategy;
import dev.gradus.spec.RunSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One generation, the unit of durable progress: propose, drop what was already scored, score the
 * rest, select the survivors, and return the run's next state.
 */
final class GenerationStep {

  private final RunSpec spec;
  private final RunState state;
  private final SearchStrategy strategy;
  private final RunActivities activities;
  private final BudgetLedger ledger;
  private final PauseGate gate;
  private final Random random;
  private final List<Candidate> injected;
  private long nextId;

  GenerationStep(
      RunSpec spec,
      RunState state,
      SearchStrategy strategy,
      RunActivities activities,
      BudgetLedger ledger,
      PauseGate gate,
      Random random,
      List<Candidate> injected) {
    this.spec = spec;
    this.state = state;
    this.strategy = strategy;
    this.activities = activities;
    this.ledger = ledger;
    this.gate = gate;
    this.random = random;
    this.injected = List.copyOf(injected);
    this.nextId = state.nextCandidateId();
  }

  RunState run() {
    int generation = state.generations().size() + 1;
    long callsBefore = ledger.spent().calls();
    SearchState search =
        new SearchState(generation, state.search().population(), state.search().leaderboard());
    WorkflowSearchContext context =
        new WorkflowSearchContext(
            random,
            activities.llm,
            activities.datasets,
            activities.evaluations,
            state.dataset(),
            spec,
            ledger,
            gate,
            () -> "c" + nextId++,
            generation);
    List<Candidate> proposed = new ArrayList<>(injected);
    proposed.addAll(strategy.propose(search, context));
    List<Candidate> fresh = unseen(proposed);
    List<Candidate> scored =
        new CandidateScorer(activities.evaluations, spec, state.dataset(), ledger, gate)
            .scoreForSelection(
                fresh, random, Ranking.top(1, search.leaderboard(), List.of(state.seed())).get(0));
    // Only candidates scored on the whole validation split compete: partial scores are too noisy.
    List<Candidate> eligible =
        scored.stream()
            .filter(c -> c.scored() && c.evaluated() >= state.dataset().validation())
            .toList();
    List<Candidate> population = strategy.select(search.population(), eligible);
    List<Candidate> leaderboard =
        Ranking.top(SearchState.LEADERBOARD_SIZE, search.leaderboard(), eligible);
    List<Candidate> known = new ArrayList<>(state.lineage());
    scored.stream().filter(Candidate::scored).forEach(known::add);
    List<Candidate> living = new ArrayList<>(population);
    living.addAll(leaderboard);
    living.add(state.seed());
    Candidate leader = Ranking.top(1, leaderboard, List.of(state.seed())).get(0);
    double best = leader.score();
    double mean =
        scored.stream()
            .filter(Candidate::scored)
            .mapToDouble(Candidate::score)
            .average()
            .orElse(Double.NaN);
    List<GenerationSummary> generations = new ArrayList<>(state.generations());
    generations.add(
        new GenerationSummary(
            generation,
            best,
            Double.isNaN(mean) ? 0 : mean,
            fresh.size(),
            ledger.spent().calls() - callsBefore,
            leader.interval()));
    return new RunState(
        state.dataset(),
        state.seed(),
        new SearchState(generation + 1, population, leaderboard),
        Lineage.prune(known, living),
        remember(scored),
        generations,
        ledger.spent(),
        nextId,
        state.startedAtMillis(),
        gate.paused(),
        List.of(),
        state.humanEdits());
  }

  /**
   * Proposals whose wording, with their demonstrations if any, was not scored before, in this run
   * or earlier in this generation. Without demonstrations the key is the instruction key of older
   * runs, so their histories replay unchanged.
   */
  private List<Candidate> unseen(List<Candidate> proposed) {
    Set<String> seen = new HashSet<>(state.seen());
    return proposed.stream().filter(c -> seen.add(CandidateKey.of(c))).toList();
  }

  /** The seen list plus the newly scored wordings, keeping only the most recent ones. */
  private List<String> remember(List<Candidate> scored) {
    List<String> seen = new ArrayList<>(state.seen());
    scored.stream().filter(Candidate::scored).forEach(c -> seen.add(CandidateKey.of(c)));
    int from = Math.max(0, seen.size() - PromptOptimizationWorkflowImpl.SEEN_LIMIT);
    return List.copyOf(seen.subList(from, seen.size()));
  }
}
