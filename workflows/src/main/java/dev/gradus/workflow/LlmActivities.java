package dev.gradus.workflow;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Calls to a model that are not evaluations: the optimizer's proposals. */
@ActivityInterface
public interface LlmActivities {

  /**
   * Asks a model for several replies to one conversation. Idempotent in effect: a retried request
   * asks for the same samples. Transient provider faults (429, 5xx, timeouts, malformed bodies) are
   * thrown as retryable failures (a 429 carries the provider's Retry-After as the next retry
   * delay); rejected credentials or requests fail as non-retryable {@link ErrorType}s. When the run
   * holds calls (it was paused), the activity returns the replies it has, fewer than asked.
   */
  @ActivityMethod(name = "Complete")
  Completion complete(CompletionRequest request);
}
