package dev.gradus.workflow.client;

/** No run has the id that was asked for. */
public class UnknownRunException extends RunLookupException {

  public UnknownRunException(String runId) {
    super("no run with id " + runId + " (see ./gradus list)");
  }
}
