package dev.gradus.cli;

import dev.gradus.workflow.client.RunLister;
import dev.gradus.workflow.client.RunListing;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gradus list}: the runs the Temporal server knows, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List runs, newest first.")
final class ListCommand extends ClientCommand implements Callable<Integer> {

  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
          .withZone(ZoneId.systemDefault());

  @Option(
      names = "--json",
      description = "Print a JSON array of {runId, status, startTime, closeTime}.")
  private boolean json;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "At most this many runs (default ${DEFAULT-VALUE}).")
  private int limit;

  @Override
  public Integer call() {
    try (TemporalSession session = openExisting()) {
      List<RunListing> runs = new RunLister(session.client()).list(limit);
      if (json) {
        JsonOutput.print(out(), runs);
        return 0;
      }
      if (runs.isEmpty()) {
        out().println("No runs yet. Start one with `gradus demo` or `gradus run SPEC`.");
      } else {
        int width = Math.max(6, runs.stream().mapToInt(r -> r.runId().length()).max().orElse(0));
        out().printf("%-" + width + "s  %-9s  %s%n", "RUN ID", "STATUS", "STARTED");
        for (RunListing run : runs) {
          out()
              .printf(
                  "%-" + width + "s  %-9s  %s%n",
                  run.runId(),
                  run.status(),
                  LOCAL_TIME.format(Instant.parse(run.startTime())));
        }
      }
      out().flush();
      return 0;
    }
  }
}
