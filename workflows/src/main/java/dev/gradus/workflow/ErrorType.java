package dev.gradus.workflow;

/**
 * The types of non-retryable failures, used as {@code ApplicationFailure} types. Anything not
 * listed here is transient and retried with backoff.
 */
public enum ErrorType {
  /** The run spec is invalid; the message lists every error with its path. */
  INVALID_SPEC,
  /** The dataset cannot be read, has a malformed line, or changed during the run. */
  INVALID_DATASET,
  /** The provider rejected the credentials (401, 403). */
  PROVIDER_AUTH,
  /** The provider rejected the request itself (400, 404 unknown model, 422). */
  PROVIDER_REJECTED,
  /** The worker's configuration for a provider is missing or wrong. */
  PROVIDER_CONFIG,
  /** The budget cannot cover even the seed's evaluation. */
  BUDGET_TOO_SMALL;

  /** Types that are retried, so an activity can say which kind of transient fault it met. */
  public static final String PROVIDER_RATE_LIMITED = "PROVIDER_RATE_LIMITED";

  public static final String PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE";
}
