package dev.gradus.workflow.client;

/** No schedule has the name that was asked for. */
public class UnknownScheduleException extends RunLookupException {

  public UnknownScheduleException(String name) {
    super("no schedule " + name + " (see ./gradus schedule list)");
  }
}
