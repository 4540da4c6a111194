package dev.gradus.workflow.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gradus.workflow.RunStatus;

/**
 * One row of {@code gradus list}.
 *
 * @param startTime when the run started (its first execution, if it continued as new), ISO-8601 UTC
 * @param closeTime when it ended, ISO-8601 UTC; absent while it is open
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunListing(String runId, RunStatus status, String startTime, String closeTime) {}
