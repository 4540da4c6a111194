package dev.gradus.activities.metric;

import dev.gradus.search.Example;

/**
 * Scores one model answer against an example's acceptable answers. Higher is better. A wrong, empty
 * or malformed answer is a low score with feedback, never an exception, because optimizers learn
 * from the feedback and a single odd answer must not fail a whole evaluation.
 */
public interface Metric {

  /**
   * @param example the example whose {@code targets} are all acceptable answers
   * @param output the model's answer, possibly null or empty
   */
  MetricResult score(Example example, String output);
}
