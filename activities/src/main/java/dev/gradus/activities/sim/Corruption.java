package dev.gradus.activities.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How a literal-minded model gets an answer wrong when its instruction leaves a requirement out: it
 * turns the answer it would otherwise give into the answer it gives instead.
 */
@FunctionalInterface
interface Corruption {

  String apply(String answer, SimulatedCase example, SplittableRandom random);

  /**
   * The wrong answer recorded for this example when it was generated, such as the label of the
   * first clause of "good, but..." reviews, so that each mistake is the one a reader skimming the
   * text would make. Falls back to the unchanged answer for examples without one.
   */
  static Corruption literal(String requirementId) {
    return (answer, example, random) ->
        example.literalAnswers().getOrDefault(requirementId, answer);
  }

  /** Wraps the answer in one of {@code templates}, each with a single {@code %s}. */
  static Corruption wrap(List<String> templates) {
    return (answer, example, random) ->
        templates.get(random.nextInt(templates.size())).formatted(answer);
  }

  /** Replaces the answer by one of {@code replies}, as an off-task model does. */
  static Corruption offTask(List<String> replies) {
    return (answer, example, random) -> replies.get(random.nextInt(replies.size()));
  }
}
