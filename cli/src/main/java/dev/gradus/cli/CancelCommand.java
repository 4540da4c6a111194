package dev.gradus.cli;

import io.temporal.client.WorkflowStub;
import picocli.CommandLine.Command;

/**
 * {@code gradus cancel RUN}: Temporal cancellation, which the workflow turns into a graceful stop.
 */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description =
        "Cancel a run: it finishes its current generation and returns the best prompt so far.")
final class CancelCommand extends RunControlCommand {

  @Override
  String control(WorkflowStub run) {
    run.cancel("cancelled from the gradus CLI");
    return "Cancelling "
        + runId
        + ": it finishes its current generation and returns the best"
        + " prompt so far (`gradus result "
        + runId
        + "`).";
  }
}
