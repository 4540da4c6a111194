package dev.gradus.cli;

import io.temporal.client.WorkflowStub;
import picocli.CommandLine.Command;

/** {@code gradus pause RUN}: the {@code pause} signal. */
@Command(
    name = "pause",
    mixinStandardHelpOptions = true,
    description = "Pause a run: no new provider calls until resumed.")
final class PauseCommand extends RunControlCommand {

  @Override
  String control(WorkflowStub run) {
    run.signal("pause");
    return "Pausing "
        + runId
        + ": calls in flight finish and are kept; `gradus resume "
        + runId
        + "` continues it.";
  }
}
