package dev.gradus.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One run in a listing.
 *
 * @param status the Temporal execution status: RUNNING, COMPLETED, CANCELED, FAILED, TERMINATED,
 *     CONTINUED_AS_NEW or TIMED_OUT
 * @param startTime ISO-8601 instant
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(String runId, String status, String startTime, String closeTime) {}
