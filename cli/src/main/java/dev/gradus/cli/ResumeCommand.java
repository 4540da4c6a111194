package dev.gradus.cli;

import dev.gradus.workflow.client.RunLookup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gradus resume RUN}: the {@code resume} signal. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description = "Resume a paused run where it stopped.")
final class ResumeCommand extends ClientCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RUN", description = "The run id (workflow id).")
  private String runId;

  @Override
  public Integer call() {
    try (TemporalSession session = openExisting()) {
      RunLookup lookup = new RunLookup(session.client());
      lookup.requireOpen(runId);
      lookup.stub(runId).signal("resume");
      out().printf("Resuming %s.%n", runId);
      out().flush();
      return 0;
    }
  }
}
