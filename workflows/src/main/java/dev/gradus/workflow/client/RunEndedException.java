package dev.gradus.workflow.client;

/** A control (pause, resume, cancel, inject) was sent to a run that has already ended. */
public class RunEndedException extends RunLookupException {

  public RunEndedException(String message) {
    super(message);
  }
}
