package dev.gradus.cli;

import io.temporal.client.WorkflowStub;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gradus inject RUN INSTRUCTION}: the {@code injectCandidate} update. */
@Command(
    name = "inject",
    mixinStandardHelpOptions = true,
    description = "Add a human-written instruction; it is scored in the next generation.")
final class InjectCommand extends RunControlCommand {

  @Parameters(index = "1", paramLabel = "INSTRUCTION", description = "The instruction to try.")
  private String instruction;

  @Override
  String control(WorkflowStub run) {
    String id = run.update("injectCandidate", String.class, instruction);
    return "Injected candidate "
        + id
        + " into "
        + runId
        + "; it is scored in the next generation (`gradus status "
        + runId
        + "`).";
  }
}
