package dev.gradus.activities;

import dev.gradus.activities.llm.ProviderException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How one provider call is tried again inside its activity before the fault goes to Temporal. A
 * batch activity makes up to fifty calls, and Temporal counts attempts per activity: left to
 * Temporal alone, every transient fault of a batch would cost a whole attempt and a longer backoff,
 * and at a flaky provider's fault rate a batch would run out of attempts. Here a transient fault
 * costs one call and a short wait: the provider's {@code Retry-After} when it names one, otherwise
 * an exponential backoff with jitter, so that the calls of many activities do not retry in step.
 * Faults that outlast the tries, and waits longer than {@code longestWait}, go to Temporal, whose
 * retry policy then takes over with the attempt's progress kept.
 *
 * @param tries how many times a call is sent at most within one attempt
 * @param firstBackoff the wait after the first fault without {@code Retry-After}; it doubles
 * @param longestBackoff the most a backoff grows to
 * @param longestWait the longest {@code Retry-After} waited for in the activity
 */
public record CallRetries(
    int tries, Duration firstBackoff, Duration longestBackoff, Duration longestWait) {

  public static final CallRetries DEFAULT =
      new CallRetries(5, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(20));

  /** Never again within the activity: every fault goes to Temporal. */
  public static final CallRetries NONE =
      new CallRetries(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /**
   * How long to wait before sending the call again after its {@code failedTries}-th fault, or null
   * when the fault should go to Temporal instead.
   */
  Duration waitAfter(ProviderException fault, int failedTries) {
    if (!fault.kind().retryable() || failedTries >= tries) {
      return null;
    }
    Duration asked = fault.retryAfter();
    if (asked != null) {
      return asked.compareTo(longestWait) <= 0 ? asked : null;
    }
    long ceiling =
        Math.min(
            longestBackoff.toMillis(),
            firstBackoff.toMillis() * (1L << Math.min(failedTries - 1, 30)));
    // Half fixed, half random: spread out, but never much shorter than the backoff.
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }
}
