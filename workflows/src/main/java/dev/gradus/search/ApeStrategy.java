package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * APE (Zhou et al., 2022, "Large Language Models Are Human-Level Prompt Engineers"). The first
 * generation induces instructions from train demonstrations ("forward generation"): the optimizer
 * sees input-output pairs and writes the instruction that would produce them. Later generations do
 * the paper's iterative Monte-Carlo search: each surviving instruction is resampled into semantic
 * variations, and the best {@code keep} of old and new survive.
 */
public final class ApeStrategy implements SearchStrategy {

  public static final List<StrategyParameter> PARAMETERS =
      List.of(
          StrategyParameter.count(
              "candidates", 1, 200, 8, "instructions induced in the first generation"),
          StrategyParameter.count("demos", 1, 50, 5, "demonstrations shown per induction"),
          StrategyParameter.count("keep", 1, 100, 4, "survivors kept after each generation"),
          StrategyParameter.count(
              "resamples", 1, 50, 2, "variations of each survivor per generation"));

  private static final MetaPrompt INDUCE = MetaPrompt.load("ape-induce");
  private static final MetaPrompt RESAMPLE = MetaPrompt.load("ape-resample");

  private final int candidates;
  private final int demos;
  private final int keep;
  private final int resamples;

  public ApeStrategy(int candidates, int demos, int keep, int resamples) {
    this.candidates = candidates;
    this.demos = demos;
    this.keep = keep;
    this.resamples = resamples;
  }

  @Override
  public List<Candidate> propose(SearchState state, SearchContext context) {
    return state.generation() == 1 ? induce(state, context) : resample(state, context);
  }

  private List<Candidate> induce(SearchState state, SearchContext context) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      // Each induction sees its own subset of demonstrations, as in the paper, for diversity.
      List<Example> shown = context.sampleTrainExamples(demos);
      String prompt =
          INDUCE.fill(
              Map.of("count", String.valueOf(shown.size()), "examples", Exemplars.render(shown)));
      List<String> replies = context.askOptimizer(List.of(ChatMessage.user(prompt)), 1);
      out.addAll(Proposals.fromReplies(replies, context, List.of(), "induce", state.generation()));
    }
    return out;
  }

  private List<Candidate> resample(SearchState state, SearchContext context) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate parent : Ranking.top(keep, state.population())) {
      String prompt = RESAMPLE.fill(Map.of("instruction", parent.instruction()));
      List<String> replies = context.askOptimizer(List.of(ChatMessage.user(prompt)), resamples);
      out.addAll(
          Proposals.fromReplies(
              replies, context, List.of(parent.id()), "resample", state.generation()));
    }
    return out;
  }

  @Override
  public List<Candidate> select(List<Candidate> population, List<Candidate> scored) {
    return Ranking.top(keep, population, scored);
  }
}
