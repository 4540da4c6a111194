package dev.gradus.cli;

import dev.gradus.search.Candidate;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.client.RunLookup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Option(
      names = "--candidates",
      description =
          "Print the run's leaderboard and the ancestry of its best candidate instead of the"
              + " report: each candidate's score with its interval, the operation that made it,"
              + " its parents and the note behind it.")
  private boolean candidates;

  @Override
  public Integer call() {
    try (TemporalSession session = openExisting()) {
      RunLookup lookup = new RunLookup(session.client());
      // Fails fast on an unknown id instead of long-polling for a run that does not exist.
      lookup.describe(runId);
      RunReport report = new RunFollower(session, err(), env().stderrIsTerminal()).await(runId);
      if (candidates) {
        printCandidates(report);
      } else {
        new RunLauncher(env(), out(), err()).print(report, json);
      }
      return report.status() == RunStatus.FAILED ? 1 : 0;
    }
  }

  private void printCandidates(RunReport report) {
    List<Candidate> leaderboard = report.leaderboard() == null ? List.of() : report.leaderboard();
    List<Candidate> lineage = report.lineage() == null ? List.of() : report.lineage();
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("runId", report.runId());
      document.put("leaderboard", leaderboard);
      document.put("lineage", lineage);
      JsonOutput.print(out(), document);
    } else {
      out().print(ReportText.candidates(leaderboard, lineage));
      out().flush();
    }
  }
}
