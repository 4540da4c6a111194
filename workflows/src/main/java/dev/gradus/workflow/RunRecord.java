package dev.gradus.workflow;

import dev.gradus.spec.RunSpec;

/**
 * A run as the workflow sees it at one moment, for the results store.
 *
 * @param report the run's report at that moment (the final one once it ended)
 * @param spec the run's spec, sent with the first record of a run only, so that history does not
 *     carry it at every generation; null otherwise
 * @param startedAtMillis when the run started, in epoch milliseconds
 * @param recordedAtMillis when the workflow made this record (workflow time), in epoch milliseconds
 */
public record RunRecord(
    RunReport report, RunSpec spec, long startedAtMillis, long recordedAtMillis) {}
