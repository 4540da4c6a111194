package dev.gradus.search;

import java.util.List;
import java.util.Random;

/**
 * What a strategy may ask of the world while it proposes candidates: the one boundary between the
 * pure search code and the LLM calls, which the workflow implements with activities and the tests
 * with fakes.
 */
public interface SearchContext {

  /** The run's seeded random source; the only randomness a strategy may use. */
  Random random();

  /**
   * How the user described the task: the run's seed prompt. Operators that write prompts from the
   * problem rather than from a parent, such as Promptbreeder's zero-order ones, start from it.
   */
  String taskDescription();

  /** Up to {@code count} train examples drawn at random without replacement. */
  List<Example> sampleTrainExamples(int count);

  /**
   * Asks the optimizer model for {@code samples} independent replies to one conversation.
   *
   * @return the replies, fewer than asked when the budget does not allow them all
   */
  List<String> askOptimizer(List<ChatMessage> messages, int samples);

  /**
   * Runs the target model with each candidate's instruction and demonstrations on the same {@code
   * count} train examples, drawn at random without replacement: the errors and metric feedback that
   * critique-driven strategies learn from, and cheap noisy scores for bandit selection. Each
   * candidate's trial is paid for in full or not started.
   *
   * @return one trial per candidate, in order; a trial the budget could not pay for is empty
   */
  List<Trial> tryOnTrain(List<Candidate> candidates, int count);

  /** A fresh candidate id, unique within the run. */
  String newCandidateId();
}
