package dev.gradus.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GRIPS (Prasad et al., 2022, "GrIPS: Gradient-free, Edit-based Instruction Search for Prompting
 * Large Language Models"). A greedy local search over phrase-level edits of one base instruction:
 * each iteration makes {@code candidates} edited copies of the base, each by {@code compose} random
 * edits (delete a phrase, swap two, paraphrase one, add back a deleted one; see {@link
 * GripsEditor}); the best becomes the new base only if it scores higher; after {@code patience}
 * iterations in a row without improvement the search has converged. No optimizer model is needed
 * unless {@code llmParaphrase} is 1.
 *
 * <p>All state comes from {@link SearchState}, so it survives continue-as-new: the base is the one
 * member of the population; the deleted phrases come from its ancestors ({@link DeletedPhrases});
 * and the iterations without improvement are the generations since the base was proposed, because a
 * base is replaced exactly when an iteration improves on it.
 */
public final class GripsStrategy implements SearchStrategy {

  public static final String TYPE = "grips";

  public static final List<StrategyParameter> PARAMETERS =
      List.of(
          StrategyParameter.count("candidates", 1, 64, 5, "edited candidates per iteration (m)"),
          StrategyParameter.count("compose", 1, 10, 1, "edits that make each candidate (l)"),
          StrategyParameter.count(
              "patience", 1, 100, 2, "iterations without improvement that end the search (P)"),
          StrategyParameter.count(
              "llmParaphrase",
              0,
              1,
              0,
              "1: the optimizer model paraphrases phrases; 0: built-in rules, no optimizer calls"));

  private final int candidates;
  private final int compose;
  private final int patience;
  private final boolean llmParaphrase;

  public GripsStrategy(int candidates, int compose, int patience, boolean llmParaphrase) {
    this.candidates = candidates;
    this.compose = compose;
    this.patience = patience;
    this.llmParaphrase = llmParaphrase;
  }

  @Override
  public List<Candidate> propose(SearchState state, SearchContext context) {
    Optional<Candidate> found = base(state);
    if (found.isEmpty()) {
      return List.of();
    }
    Candidate base = found.get();
    GripsEditor editor = new GripsEditor(context, llmParaphrase, DeletedPhrases.of(base, state));
    Set<String> keys = new HashSet<>(Set.of(InstructionKey.of(base.instruction())));
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      editor
          .edit(base.instruction(), compose)
          .filter(edited -> keys.add(InstructionKey.of(edited.text())))
          .ifPresent(
              edited ->
                  out.add(
                      Candidate.proposed(
                          context.newCandidateId(),
                          edited.text(),
                          List.of(base.id()),
                          TYPE,
                          edited.note(),
                          state.generation())));
    }
    return out;
  }

  /** The paper's greedy step: the best candidate replaces the base only if it scores higher. */
  @Override
  public List<Candidate> select(List<Candidate> population, List<Candidate> scored) {
    List<Candidate> base = Ranking.top(1, population);
    List<Candidate> best = Ranking.top(1, scored);
    if (best.isEmpty()) {
      return base;
    }
    return base.isEmpty() || best.get(0).score() > base.get(0).score() ? best : base;
  }

  /** Converged once the base has survived {@code patience} iterations since it was proposed. */
  @Override
  public boolean converged(SearchState state) {
    return base(state).map(b -> state.generation() - 1 - b.generation() >= patience).orElse(false);
  }

  private static Optional<Candidate> base(SearchState state) {
    List<Candidate> base = Ranking.top(1, state.population());
    return base.isEmpty()
        ? Ranking.top(1, state.leaderboard()).stream().findFirst()
        : Optional.of(base.get(0));
  }
}
