package dev.gradus.cli;

import dev.gradus.workflow.client.RunLookup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gradus pause RUN}: the {@code pause} signal. */
@Command(
    name = "pause",
    mixinStandardHelpOptions = true,
    description = "Pause a run: no new provider calls until resumed.")
final class PauseCommand extends ClientCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RUN", description = "The run id (workflow id).")
  private String runId;

  @Override
  public Integer call() {
    try (TemporalSession session = openExisting()) {
      RunLookup lookup = new RunLookup(session.client());
      lookup.requireOpen(runId);
      lookup.stub(runId).signal("pause");
      out()
          .printf(
              "Pausing %s: calls in flight finish and are kept; `gradus resume %s` continues it.%n",
              runId, runId);
      out().flush();
      return 0;
    }
  }
}
