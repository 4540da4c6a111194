package dev.gradus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * OPRO (Yang et al., 2023, "Large Language Models as Optimizers"). Each step shows the optimizer
 * the best instructions so far with their scores, sorted ascending so the best sit nearest the
 * request, plus a few task exemplars, and asks for several new instructions that score higher.
 * Proposals that repeat one another within the step are dropped here; the workflow drops repeats of
 * earlier steps before paying for them.
 */
public final class OproStrategy implements SearchStrategy {

  public static final List<StrategyParameter> PARAMETERS =
      List.of(
          StrategyParameter.count("proposals", 1, 64, 8, "instructions asked for per step"),
          StrategyParameter.count(
              "trajectory",
              1,
              SearchState.LEADERBOARD_SIZE,
              20,
              "best instructions shown with their scores"),
          StrategyParameter.count("exemplars", 0, 20, 3, "task exemplars shown per step"));

  private static final MetaPrompt META = MetaPrompt.load("opro-meta");

  private final int proposals;
  private final int trajectory;
  private final int exemplars;

  public OproStrategy(int proposals, int trajectory, int exemplars) {
    this.proposals = proposals;
    this.trajectory = trajectory;
    this.exemplars = exemplars;
  }

  @Override
  public List<Candidate> propose(SearchState state, SearchContext context) {
    List<Candidate> shown = Ranking.top(trajectory, state.leaderboard(), state.population());
    String prompt =
        META.fill(
            Map.of(
                "trajectory", renderTrajectory(shown),
                "exemplars", Exemplars.render(context.sampleTrainExamples(exemplars))));
    List<String> parents = shown.stream().limit(2).map(Candidate::id).toList();
    List<String> replies = context.askOptimizer(List.of(ChatMessage.user(prompt)), proposals);
    return Proposals.fromReplies(replies, context, parents, "opro", state.generation());
  }

  /** Ascending by score, each as the paper writes it: the text, then its score out of 100. */
  static String renderTrajectory(List<Candidate> shown) {
    List<Candidate> ascending = new ArrayList<>(shown);
    ascending.sort(Comparator.comparingDouble(Candidate::scoreOrWorst));
    StringBuilder out = new StringBuilder();
    for (Candidate c : ascending) {
      out.append("text:\n<INS>").append(c.instruction()).append("</INS>\n");
      out.append("score:\n").append(Math.round(c.score() * 100)).append("\n\n");
    }
    return out.toString();
  }

  @Override
  public List<Candidate> select(List<Candidate> population, List<Candidate> scored) {
    return Ranking.top(trajectory, population, scored);
  }
}
