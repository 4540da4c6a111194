package dev.gradus.cli.bench;

import java.util.List;

/**
 * A strategy as a benchmark runs it: the paper's defaults, except where a default would spend more
 * than the benchmark's whole budget in one generation or one population.
 *
 * @param type the name of its rows in the table: the strategy, or strategy and evaluation
 * @param spec the {@code strategy} block, as YAML flow
 * @param evaluation the {@code evaluation} block, as YAML flow
 * @param departure how the settings differ from the strategy's defaults, or empty
 * @param generationFactor how many times the benchmark's generations this row runs: a racing rule
 *     may spend the calls it saves on more steps
 */
public record BenchStrategy(
    String type, String spec, String evaluation, String departure, int generationFactor) {

  static final String FULL_EVALUATION = "{ selection: full }";

  BenchStrategy(String type, String spec, String departure) {
    this(type, spec, FULL_EVALUATION, departure, 1);
  }

  /**
   * OPRO, as its paper and our default run it (8 proposals a step), scored by each selection rule:
   * the racing benchmark's rows. The racing rules may run twice the generations, so that they can
   * spend what they save; the table counts the calls each needed to reach full evaluation's best.
   */
  public static final List<BenchStrategy> RACING =
      List.of(
          new BenchStrategy("full", "{ type: opro }", FULL_EVALUATION, "", 1),
          new BenchStrategy(
              "successive_halving",
              "{ type: opro }",
              "{ selection: successive_halving, minibatch: 8 }",
              "first round on 8 examples",
              2),
          new BenchStrategy(
              "successive_rejects", "{ type: opro }", "{ selection: successive_rejects }", "", 2));

  public static final List<BenchStrategy> ALL =
      List.of(
          new BenchStrategy("ape", "{ type: ape }", ""),
          new BenchStrategy("opro", "{ type: opro }", ""),
          new BenchStrategy(
              "protegi",
              "{ type: protegi, beam: 2, minibatch: 16, gradients: 2, paraphrases: 1,"
                  + " expansion: 4, rounds: 4, armsPerRound: 4, samples: 8 }",
              "beam 2, minibatch 16, 2 gradients, 1 paraphrase, 4 successors, bandit 4 × 4 × 8"
                  + " (defaults cost ~2,300 calls per generation)"),
          new BenchStrategy("evo-ga", "{ type: evo-ga }", ""),
          new BenchStrategy("evo-de", "{ type: evo-de }", ""),
          new BenchStrategy(
              "promptbreeder",
              "{ type: promptbreeder, population: 10 }",
              "population 10, as EvoPrompt's (the paper's 50 would use the budget up on its own)"),
          new BenchStrategy("gepa", "{ type: gepa }", ""),
          new BenchStrategy("grips", "{ type: grips }", ""),
          new BenchStrategy(
              "fewshot",
              "{ type: fewshot, search: 1, instructions: 1 }",
              "TPE search with instructions co-optimized, as MIPRO does"));
}
