package dev.gradus.cli;

import dev.gradus.schedule.ScheduleSpec;
import dev.gradus.schedule.ScheduleView;
import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.client.ScheduleClient;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gradus schedule SPEC --every 24h | --cron "0 3 * * *"}: re-runs a spec on a schedule and
 * promotes a run's best prompt only when it beats the incumbent on held-out data. Its subcommands
 * list, show, pause, resume, run and delete schedules. Schedules live in Temporal, so they need a
 * server and a worker that outlive this command ({@code ./gradus up}, or a real Temporal).
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = {
      "Re-run a spec on a schedule; promote a run's best prompt only if it beats the incumbent",
      "on the held-out test split (one-sided exact sign test on paired examples, p < alpha)."
    },
    subcommands = {
      ScheduleVerbs.ListSchedules.class,
      ScheduleVerbs.Show.class,
      ScheduleVerbs.Pause.class,
      ScheduleVerbs.Resume.class,
      ScheduleVerbs.RunNow.class,
      ScheduleVerbs.Delete.class
    })
final class ScheduleCommand extends ClientCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SPEC",
      description = "The run spec file (YAML or JSON); its name names the schedule.")
  private Path specFile;

  @Option(
      names = "--every",
      paramLabel = "INTERVAL",
      description = "Run now, then every INTERVAL (90s, 30m, 24h, 7d).")
  private String every;

  @Option(
      names = "--cron",
      paramLabel = "EXPR",
      description = "Run at the times of a five-field cron expression, in UTC (\"0 3 * * *\").")
  private String cron;

  @Option(
      names = "--alpha",
      paramLabel = "P",
      description = "Significance level of the promotion rule (default 0.05).")
  private Double alpha;

  @Option(names = "--json", description = "Print the new schedule as one JSON document.")
  private boolean json;

  @Override
  public Integer call() {
    if (specFile == null) {
      err()
          .println(
              "gradus: schedule needs a SPEC file with --every or --cron, or a subcommand:"
                  + " list, show, pause, resume, run, delete (see ./gradus schedule --help)");
      err().flush();
      return ExitCode.USAGE;
    }
    Optional<RunSpec> run = SpecFile.read(specFile, err());
    if (run.isEmpty()) {
      return ExitCode.USAGE;
    }
    ScheduleSpec spec = new ScheduleSpec(run.get(), every, cron, alpha);
    try (TemporalSession session = openExisting()) {
      ScheduleClient schedules = new ScheduleClient(session.client());
      schedules.create(spec, session.taskQueue());
      session.warnIfNoWorker(err());
      ScheduleView view = schedules.awaitStarted(spec.name());
      if (json) {
        JsonOutput.print(out(), view);
      } else {
        out()
            .printf(
                "Schedule %s created: %s. %s%n",
                spec.name(),
                every != null ? "every " + every : "cron \"" + cron + "\" (UTC)",
                view.currentRunId() != null
                    ? "First run started: " + view.currentRunId() + "."
                    : "First run at " + view.nextRunAt() + ".");
        out()
            .printf(
                "See it with `./gradus schedule show %s`; pause, resume, run or delete it likewise.%n",
                spec.name());
        out().flush();
      }
      return 0;
    }
  }

  /** For the subcommands, which reach the environment through this command. */
  TemporalSession session() {
    return openExisting();
  }
}
