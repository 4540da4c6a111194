package dev.gradus.workflow;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * Timeouts and retry policies of the activities. Transient faults retry with exponential backoff (a
 * provider's Retry-After overrides the delay); the error types below never do, because retrying
 * cannot fix bad credentials, a rejected request or a broken dataset.
 */
public final class ActivityPolicies {

  private static final String[] PERMANENT = {
    ErrorType.INVALID_SPEC.name(),
    ErrorType.INVALID_DATASET.name(),
    ErrorType.PROVIDER_AUTH.name(),
    ErrorType.PROVIDER_REJECTED.name(),
    ErrorType.PROVIDER_CONFIG.name()
  };

  private static final RetryOptions TRANSIENT =
      RetryOptions.newBuilder()
          .setInitialInterval(Duration.ofSeconds(1))
          .setBackoffCoefficient(2.0)
          .setMaximumInterval(Duration.ofMinutes(1))
          .setMaximumAttempts(12)
          .setDoNotRetry(PERMANENT)
          .build();

  /**
   * How soon an activity of a dead worker is retried elsewhere. Activities heartbeat every 5 s from
   * a background thread while a provider call is under way (KeepAlive in activities), so this need
   * not outlast a slow call.
   */
  static final Duration HEARTBEAT = Duration.ofSeconds(20);

  private ActivityPolicies() {}

  /**
   * Results store writes: a few rows each. Retried for up to two minutes, then given up, so that a
   * store that is down delays a generation by at most that, and never fails the run. Schedules
   * write with it too.
   */
  public static ActivityOptions results() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setScheduleToCloseTimeout(Duration.ofMinutes(2))
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(1))
                .setBackoffCoefficient(2.0)
                .setMaximumInterval(Duration.ofSeconds(20))
                .build())
        .build();
  }

  static ActivityOptions datasets() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(2))
        .setRetryOptions(TRANSIENT)
        .build();
  }

  /**
   * Optimizer calls: a handful of samples, each bounded by the provider's own timeout (60 s by
   * default); heartbeated, so a dead worker is noticed after one heartbeat timeout.
   */
  static ActivityOptions completions() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(10))
        .setHeartbeatTimeout(HEARTBEAT)
        .setRetryOptions(TRANSIENT)
        .build();
  }

  /**
   * Evaluations: up to {@link EvaluationRequest#CHUNK} target calls; the heartbeat timeout notices
   * a dead worker long before the start-to-close timeout would.
   */
  static ActivityOptions evaluations() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(30))
        .setHeartbeatTimeout(HEARTBEAT)
        .setRetryOptions(TRANSIENT)
        .build();
  }
}
