package dev.gradus.workflow.client;

/** Temporal cannot be used as configured: unreachable, refusing the credentials, no namespace. */
public class TemporalUnavailableException extends RuntimeException {

  public TemporalUnavailableException(String message) {
    super(message);
  }
}
