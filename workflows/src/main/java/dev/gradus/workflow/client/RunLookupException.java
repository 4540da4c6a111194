package dev.gradus.workflow.client;

/**
 * A run cannot be read or controlled as asked: no run has the id, it has already ended, or no
 * worker answered. The message is written for the user and is shown as is.
 */
public class RunLookupException extends RuntimeException {

  public RunLookupException(String message) {
    super(message);
  }
}
