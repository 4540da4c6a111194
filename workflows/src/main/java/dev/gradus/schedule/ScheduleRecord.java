package dev.gradus.schedule;

/**
 * A schedule as its workflow sees it at one moment, for the results store.
 *
 * @param recordedAtMillis when the workflow made this record (workflow time), epoch milliseconds
 */
public record ScheduleRecord(ScheduleView view, ScheduleSpec spec, long recordedAtMillis) {}
