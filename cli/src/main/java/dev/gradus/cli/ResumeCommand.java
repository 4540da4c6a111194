package dev.gradus.cli;

import io.temporal.client.WorkflowStub;
import picocli.CommandLine.Command;

/** {@code gradus resume RUN}: the {@code resume} signal. */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description = "Resume a paused run where it stopped.")
final class ResumeCommand extends RunControlCommand {

  @Override
  String control(WorkflowStub run) {
    run.signal("resume");
    return "Resuming " + runId + ".";
  }
}
