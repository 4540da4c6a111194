package dev.gradus.activities;

import dev.gradus.activities.llm.ProviderException;
import dev.gradus.workflow.ErrorType;
import dev.gradus.workflow.Usage;
import io.temporal.failure.ApplicationFailure;

/**
 * Turns a provider fault into the failure Temporal acts on: transient faults retry (a 429 after the
 * delay the provider asked for), permanent ones fail the activity at once.
 */
final class ProviderFailures {

  private ProviderFailures() {}

  static ApplicationFailure of(ProviderException e) {
    return switch (e.kind()) {
      case RATE_LIMITED ->
          ApplicationFailure.newFailureWithCauseAndDelay(
              e.getMessage(), ErrorType.PROVIDER_RATE_LIMITED, null, e.retryAfter());
      case UNAVAILABLE, TIMEOUT, MALFORMED_RESPONSE ->
          ApplicationFailure.newFailureWithCauseAndDelay(
              e.getMessage(), ErrorType.PROVIDER_UNAVAILABLE, null, e.retryAfter());
      case AUTH ->
          ApplicationFailure.newNonRetryableFailure(e.getMessage(), ErrorType.PROVIDER_AUTH.name());
      case REJECTED ->
          ApplicationFailure.newNonRetryableFailure(
              e.getMessage(), ErrorType.PROVIDER_REJECTED.name());
      case CONFIG ->
          ApplicationFailure.newNonRetryableFailure(
              e.getMessage(), ErrorType.PROVIDER_CONFIG.name());
    };
  }

  /**
   * The same failure carrying what its batch paid for before it, which the workflow adds to the
   * run's usage (Failures.paidUsage): calls that were served are billed even when the batch fails.
   */
  static ApplicationFailure withPaidUsage(ApplicationFailure failure, Usage paid) {
    return ApplicationFailure.newBuilder(failure).setDetails(paid).build();
  }
}
