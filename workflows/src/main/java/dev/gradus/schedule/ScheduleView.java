package dev.gradus.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gradus.workflow.Usage;
import java.util.List;

/**
 * A schedule as users see it: the {@code describe} query's answer, and the workflow's result once
 * deleted.
 *
 * @param nextRunAt when the next run starts (ISO-8601); null while paused or deleted
 * @param currentRunId the run in progress, if any
 * @param history the latest runs, oldest first, each with its promotion decision
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleView(
    String scheduleId,
    String name,
    ScheduleStatus status,
    String every,
    String cron,
    Double alpha,
    String createdAt,
    String nextRunAt,
    String currentRunId,
    int runsStarted,
    Incumbent incumbent,
    List<ScheduledRun> history,
    Usage comparisonUsage) {}
