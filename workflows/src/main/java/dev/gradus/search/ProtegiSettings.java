package dev.gradus.search;

import dev.gradus.spec.StrategySpec;
import java.util.List;

/**
 * ProTeGi's parameters, read from a spec with the paper's defaults (Pryzant et al., 2023, section
 * 3.2, and the defaults of the authors' code where the paper is silent).
 *
 * @param errors errors shown per critique request (the paper's error groups of 4)
 * @param gradients critique requests per beam prompt, each on its own group of errors
 * @param reasons critiques asked for per request
 * @param edits edited prompts asked for per critique
 * @param paraphrases Monte-Carlo paraphrases per edited prompt, and of the beam prompt itself
 * @param expansion successors kept per beam prompt, drawn at random, before bandit selection
 * @param successiveRejects 1 to select the beam by successive rejects instead of UCB
 * @param rounds UCB rounds; with samples and armsPerRound it also sets the trial budget
 */
record ProtegiSettings(
    int beam,
    int minibatch,
    int errors,
    int gradients,
    int reasons,
    int edits,
    int paraphrases,
    int expansion,
    int successiveRejects,
    int rounds,
    int armsPerRound,
    int samples,
    double exploration) {

  static final List<StrategyParameter> PARAMETERS =
      List.of(
          StrategyParameter.count("beam", 1, 32, 4, "prompts kept in the beam (b)"),
          StrategyParameter.count(
              "minibatch", 1, 1000, 64, "train examples each beam prompt is tried on for errors"),
          StrategyParameter.count("errors", 1, 32, 4, "errors shown per critique request"),
          StrategyParameter.count(
              "gradients", 0, 32, 4, "critique requests (gradients) per beam prompt"),
          StrategyParameter.count("reasons", 1, 16, 1, "critiques asked for per request"),
          StrategyParameter.count("edits", 1, 16, 1, "edited prompts per critique"),
          StrategyParameter.count(
              "paraphrases", 0, 16, 2, "Monte-Carlo paraphrases per new prompt and beam prompt"),
          StrategyParameter.count(
              "expansion", 1, 256, 8, "successors kept per beam prompt before bandit selection"),
          StrategyParameter.count(
              "successiveRejects", 0, 1, 0, "1 selects the beam by successive rejects, 0 by UCB"),
          StrategyParameter.count("rounds", 1, 1000, 8, "bandit rounds (UCB)"),
          StrategyParameter.count("armsPerRound", 1, 256, 8, "prompts tried per bandit round"),
          StrategyParameter.count("samples", 1, 1000, 32, "train examples per bandit trial"),
          new StrategyParameter("exploration", 0, 100, 1.0, false, "UCB exploration constant c"));

  static ProtegiSettings from(StrategySpec spec) {
    StrategyParameter.Reader read = StrategyParameter.reader(spec, PARAMETERS);
    return new ProtegiSettings(
        read.count("beam"),
        read.count("minibatch"),
        read.count("errors"),
        read.count("gradients"),
        read.count("reasons"),
        read.count("edits"),
        read.count("paraphrases"),
        read.count("expansion"),
        read.count("successiveRejects"),
        read.count("rounds"),
        read.count("armsPerRound"),
        read.count("samples"),
        read.number("exploration"));
  }

  /** The bandit the spec asks for, with the paper's trial budget: samples x rounds x arms. */
  BeamSelection selection() {
    return successiveRejects == 1
        ? new SuccessiveRejects(samples * rounds * armsPerRound)
        : new UcbSelection(rounds, armsPerRound, samples, exploration);
  }
}
