package dev.gradus.workflow;

/** Where a run stands, as the report and the {@code progress} query say it. */
public enum RunStatus {
  RUNNING,
  PAUSED,
  COMPLETED,
  CANCELLED,
  FAILED
}
