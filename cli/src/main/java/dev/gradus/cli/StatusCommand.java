package dev.gradus.cli;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.client.RunLookup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gradus status RUN}: the live progress of an open run, or the report of an ended one. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Show where a run stands: live progress while it runs, its report once it has ended.")
final class StatusCommand extends ClientCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RUN", description = "The run id (workflow id).")
  private String runId;

  @Option(names = "--json", description = "Print the report as one JSON document on stdout.")
  private boolean json;

  @Override
  public Integer call() {
    try (TemporalSession session = openExisting()) {
      RunReport report = new RunLookup(session.client()).current(runId);
      if (json) {
        JsonOutput.print(out(), report);
      } else {
        out().print(ReportText.format(report));
        out().flush();
      }
      return 0;
    }
  }
}
