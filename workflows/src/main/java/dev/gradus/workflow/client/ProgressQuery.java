package dev.gradus.workflow.client;

import dev.gradus.workflow.RunReport;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.Optional;

/** A run's {@code progress} query, with a deadline (see {@link DeadlineQuery}). */
public final class ProgressQuery {

  private final DeadlineQuery query;

  public ProgressQuery(WorkflowClient client) {
    this.query = new DeadlineQuery(client);
  }

  /** The run's report as its workflow code sees it, or empty if no worker answered in time. */
  public Optional<RunReport> fetch(String runId, Duration deadline) {
    return query.fetch(runId, "progress", RunReport.class, deadline);
  }
}
