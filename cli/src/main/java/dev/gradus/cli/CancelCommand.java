package dev.gradus.cli;

import dev.gradus.workflow.client.RunLookup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gradus cancel RUN}: Temporal cancellation, which the workflow turns into a graceful stop.
 */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description =
        "Cancel a run: it finishes its current generation and returns the best prompt so far.")
final class CancelCommand extends ClientCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RUN", description = "The run id (workflow id).")
  private String runId;

  @Override
  public Integer call() {
    try (TemporalSession session = openExisting()) {
      RunLookup lookup = new RunLookup(session.client());
      lookup.requireOpen(runId);
      lookup.stub(runId).cancel("cancelled from the gradus CLI");
      out()
          .printf(
              "Cancelling %s: it finishes its current generation and returns the best prompt so far"
                  + " (`gradus result %s`).%n",
              runId, runId);
      out().flush();
      return 0;
    }
  }
}
