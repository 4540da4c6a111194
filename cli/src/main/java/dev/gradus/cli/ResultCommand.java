package dev.gradus.cli;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.client.RunLookup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gradus result RUN}: waits for a run to end, showing its progress, then prints the report.
 */
@Command(
    name = "result",
    mixinStandardHelpOptions = true,
    description = "Wait for a run to end (with a progress line) and print its final report.")
final class ResultCommand extends ClientCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RUN", description = "The run id (workflow id).")
  private String runId;

  @Option(names = "--json", description = "Print the report as one JSON document on stdout.")
  private boolean json;

  @Override
  public Integer call() {
    try (TemporalSession session = openExisting()) {
      RunLookup lookup = new RunLookup(session.client());
      // Fails fast on an unknown id instead of long-polling for a run that does not exist.
      lookup.describe(runId);
      RunReport report = new RunFollower(session, err(), env().stderrIsTerminal()).await(runId);
      new RunLauncher(env(), out(), err()).print(report, json);
      return report.status() == RunStatus.FAILED ? 1 : 0;
    }
  }
}
