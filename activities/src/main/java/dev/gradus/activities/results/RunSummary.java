package dev.gradus.activities.results;

import dev.gradus.workflow.RunStatus;

/**
 * A run as the runs list shows it: one row of the store.
 *
 * @param startedAt epoch milliseconds
 * @param updatedAt when the run last recorded its progress, epoch milliseconds
 */
public record RunSummary(
    String runId,
    String name,
    RunStatus status,
    String strategy,
    int generation,
    int maxGenerations,
    Double bestValidation,
    Double bestTest,
    Double seedValidation,
    Double seedTest,
    long calls,
    double costUsd,
    long startedAt,
    long updatedAt) {}
