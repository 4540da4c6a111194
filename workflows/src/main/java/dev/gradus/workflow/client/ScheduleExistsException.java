package dev.gradus.workflow.client;

/** A schedule was to be created under a name that an open schedule already has. */
public class ScheduleExistsException extends RunLookupException {

  public ScheduleExistsException(String name) {
    super(
        "a schedule named "
            + name
            + " already exists; delete it first (./gradus schedule delete "
            + name
            + ") or give the spec another name");
  }
}
