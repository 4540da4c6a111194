package dev.gradus.workflow.client;

/** A run was to start under an id that an open or ended run already has. */
public class RunAlreadyExistsException extends RuntimeException {

  public RunAlreadyExistsException(String runId) {
    super("a run with id " + runId + " already exists; choose another id");
  }
}
