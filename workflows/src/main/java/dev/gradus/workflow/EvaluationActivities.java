package dev.gradus.workflow;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Scoring prompts with the target model. */
@ActivityInterface
public interface EvaluationActivities {

  /**
   * Answers each requested example with the target model and scores the answer. The activity
   * heartbeats the results it has, so a retry after a crash or a transient fault resumes after the
   * last answered example instead of paying for it again. A provider fault is never scored as a
   * wrong answer: it fails the attempt, which Temporal retries. When the run holds calls (it was
   * paused), the activity returns the results it has, fewer than requested.
   */
  @ActivityMethod(name = "Evaluate")
  EvaluationResult evaluate(EvaluationRequest request);
}
