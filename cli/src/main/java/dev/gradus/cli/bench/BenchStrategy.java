package dev.gradus.cli.bench;

import java.util.List;

/**
 * A strategy as the benchmark runs it: the paper's defaults, except where a default would spend
 * more than the benchmark's whole budget in one generation or one population.
 *
 * @param spec the {@code strategy} block, as YAML flow
 * @param departure how the settings differ from the strategy's defaults, or empty
 */
public record BenchStrategy(String type, String spec, String departure) {

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
