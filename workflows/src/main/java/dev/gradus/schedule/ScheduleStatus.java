package dev.gradus.schedule;

/** Whether a schedule starts runs. */
public enum ScheduleStatus {
  /** Starts runs at its times. */
  ACTIVE,
  /** Starts none until resumed; times missed meanwhile are skipped. */
  PAUSED,
  /** Ended for good; its history stays readable. */
  DELETED
}
