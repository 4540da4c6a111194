package dev.gradus.workflow;

import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.CanceledFailure;

/** How clients read a finished run's report, whichever way the run ended. */
public final class RunResults {

  private RunResults() {}

  /**
   * Waits for the run to end and returns its report. The Java SDK closes a cancelled run as
   * cancelled without its return value, so a cancelled run's report is read from the {@code
   * progress} query, which a worker answers by replaying the closed run.
   *
   * @throws WorkflowFailedException when the run failed without a report (an invalid spec or
   *     dataset)
   */
  public static RunReport await(WorkflowStub run) {
    try {
      return run.getResult(RunReport.class);
    } catch (WorkflowFailedException e) {
      if (e.getCause() instanceof CanceledFailure) {
        return run.query("progress", RunReport.class);
      }
      throw e;
    }
  }
}
