package dev.gradus.cli.bench;

import java.util.List;

/**
 * One landscape of the strategy benchmark: a task of the simulated LLM, and how it is split and
 * sampled. Each stands for a kind of problem prompt engineers meet.
 *
 * @param name the landscape's name in the benchmark's table
 * @param landscape what makes it hard, in a phrase
 * @param simulated the simulated task ({@code task.dataset.simulated})
 * @param seedPrompt the weak first instruction every strategy starts from
 * @param targetTemperature the target model's temperature: above 0 its answers vary by sample
 * @param validation the share of the examples in the validation split; train takes the rest after a
 *     test split of {@link #TEST}
 */
public record BenchTask(
    String name,
    String landscape,
    String simulated,
    String seedPrompt,
    double targetTemperature,
    double validation) {

  /** The test split's share, the same for every landscape. */
  public static final double TEST = 0.25;

  public static final List<BenchTask> ALL =
      List.of(
          new BenchTask(
              "needle",
              "one rule every answer needs (Roman numerals), seen only in labelled examples",
              "roman",
              "Carry out the request.",
              0,
              0.25),
          new BenchTask(
              "additive",
              "four independent requirements, each needed by a share of the examples",
              "sentiment",
              "What is the sentiment of this review?",
              0,
              0.25),
          new BenchTask(
              "noisy",
              "the additive task with the target sampled at temperature 1 and a 24-example"
                  + " validation split",
              "sentiment",
              "What is the sentiment of this review?",
              1.0,
              0.1),
          new BenchTask(
              "demos",
              "arithmetic whose sign and digit rules the right demonstrations teach",
              "arithmetic",
              "Solve the problem.",
              0,
              0.25),
          new BenchTask(
              "feedback",
              "ticket routing by company rules that only wrong answers reveal",
              "tickets",
              "Which team should handle this ticket?",
              0,
              0.25));

  /** ": what makes it hard" for the landscape called {@code name}, or "" for an unknown one. */
  static String describe(String name, List<BenchTask> landscapes) {
    return landscapes.stream()
        .filter(l -> l.name().equals(name))
        .map(l -> ": " + l.landscape())
        .findFirst()
        .orElse("");
  }

  public double train() {
    return 1 - TEST - validation;
  }
}
