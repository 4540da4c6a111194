package dev.gradus.cli;

import dev.gradus.workflow.client.RunLookup;
import io.temporal.client.WorkflowStub;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/** A verb that acts on one open run (pause, resume, cancel) and says what will happen. */
abstract class RunControlCommand extends ClientCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "RUN", description = "The run id (workflow id).")
  protected String runId;

  /** Acts on the run and returns the sentence that tells the user what follows. */
  abstract String control(WorkflowStub run);

  @Override
  public Integer call() {
    try (TemporalSession session = openExisting()) {
      RunLookup lookup = new RunLookup(session.client());
      lookup.requireOpen(runId);
      out().println(control(lookup.stub(runId)));
      out().flush();
      return 0;
    }
  }
}
