package dev.gradus.cli;

import dev.gradus.schedule.ScheduleView;
import dev.gradus.schedule.ScheduledRun;
import dev.gradus.workflow.client.ScheduleClient;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The subcommands of {@code gradus schedule}. */
final class ScheduleVerbs {

  private ScheduleVerbs() {}

  /** What every schedule subcommand shares: the session of the parent and the output streams. */
  abstract static class Verb implements Callable<Integer> {

    @ParentCommand private ScheduleCommand parent;

    @Spec private CommandSpec spec;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    @Override
    public Integer call() {
      try (TemporalSession session = parent.session()) {
        act(new ScheduleClient(session.client()));
        out().flush();
        return 0;
      }
    }

    abstract void act(ScheduleClient schedules);
  }

  /** A subcommand that sends one signal to one schedule and says what follows. */
  abstract static class Control extends Verb {

    @Parameters(index = "0", paramLabel = "NAME", description = "The schedule's name.")
    String name;

    abstract String signal();

    abstract String outcome();

    @Override
    void act(ScheduleClient schedules) {
      schedules.signal(name, signal());
      out().println(outcome());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the schedules.")
  static final class ListSchedules extends Verb {

    @Option(names = "--json", description = "Print a JSON array of schedules.")
    boolean json;

    @Override
    void act(ScheduleClient schedules) {
      List<ScheduleView> all = schedules.list();
      if (json) {
        JsonOutput.print(out(), all);
        return;
      }
      if (all.isEmpty()) {
        out().println("No schedules. Create one with `./gradus schedule SPEC --every 24h`.");
        return;
      }
      out()
          .printf(
              "%-24s %-7s %-18s %-24s %5s  %s%n",
              "NAME", "STATUS", "WHEN", "NEXT RUN", "RUNS", "INCUMBENT");
      for (ScheduleView v : all) {
        out()
            .printf(
                "%-24s %-7s %-18s %-24s %5d  %s%n",
                v.name() == null ? v.scheduleId() : v.name(),
                v.status() == null ? "?" : v.status(),
                when(v),
                v.currentRunId() != null ? "running" : v.nextRunAt() == null ? "-" : v.nextRunAt(),
                v.runsStarted(),
                incumbent(v));
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a schedule: its incumbent prompt and the history of promotions.")
  static final class Show extends Verb {

    @Parameters(index = "0", paramLabel = "NAME", description = "The schedule's name.")
    String name;

    @Option(names = "--json", description = "Print the schedule as one JSON document.")
    boolean json;

    @Override
    void act(ScheduleClient schedules) {
      ScheduleView v = schedules.show(name);
      if (json) {
        JsonOutput.print(out(), v);
        return;
      }
      PrintWriter out = out();
      out.printf("Schedule %s (%s): %s, alpha %s%n", v.name(), v.status(), when(v), v.alpha());
      out.printf("Created   %s%n", v.createdAt());
      if (v.currentRunId() != null) {
        out.printf("Running   %s%n", v.currentRunId());
      }
      if (v.nextRunAt() != null) {
        out.printf("Next run  %s%n", v.nextRunAt());
      }
      out.printf("Incumbent %s%n", incumbent(v));
      out.printf("          %s%n", v.incumbent().instruction());
      if (v.history().isEmpty()) {
        out.println("No runs yet.");
        return;
      }
      out.println();
      out.printf("%4s  %-36s %-9s %-20s %s%n", "#", "RUN", "STATUS", "STARTED", "DECISION");
      for (ScheduledRun r : v.history()) {
        out.printf(
            "%4d  %-36s %-9s %-20s %s%n",
            r.number(),
            r.runId(),
            r.runStatus(),
            r.startedAt().length() > 19 ? r.startedAt().substring(0, 19) : r.startedAt(),
            r.reason());
      }
      if (v.comparisonUsage() != null) {
        out.printf(
            "%nHeld-out comparisons: %d calls, %d cache hits, $%.4f%n",
            v.comparisonUsage().calls(),
            v.comparisonUsage().cacheHits(),
            v.comparisonUsage().costUsd());
      }
    }
  }

  @Command(
      name = "pause",
      mixinStandardHelpOptions = true,
      description = "Start no more runs until resumed; a run in progress goes on.")
  static final class Pause extends Control {
    @Override
    String signal() {
      return "pause";
    }

    @Override
    String outcome() {
      return "Pausing schedule "
          + name
          + ": no new runs until `./gradus schedule resume "
          + name
          + "`; times missed meanwhile are skipped.";
    }
  }

  @Command(
      name = "resume",
      mixinStandardHelpOptions = true,
      description = "Start runs again from the next scheduled time.")
  static final class Resume extends Control {
    @Override
    String signal() {
      return "resume";
    }

    @Override
    String outcome() {
      return "Resuming schedule " + name + " from its next scheduled time.";
    }
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = "Start a run now (after the one in progress, if any), paused or not.")
  static final class RunNow extends Control {
    @Override
    String signal() {
      return "runNow";
    }

    @Override
    String outcome() {
      return "Schedule " + name + " starts a run now; its regular times stay as they were.";
    }
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = "End a schedule; a run in progress is cancelled and keeps its report.")
  static final class Delete extends Control {
    @Override
    String signal() {
      return "delete";
    }

    @Override
    String outcome() {
      return "Deleting schedule "
          + name
          + "; its history stays readable with"
          + " `./gradus schedule show "
          + name
          + "`.";
    }
  }

  private static String when(ScheduleView v) {
    return v.every() != null ? "every " + v.every() : v.cron() != null ? "cron " + v.cron() : "?";
  }

  private static String incumbent(ScheduleView v) {
    if (v.incumbent() == null) {
      return "?";
    }
    if (v.incumbent().runId() == null) {
      return "the seed prompt";
    }
    return String.format(
        Locale.ROOT,
        "%s (test %.3f, promoted %s)",
        v.incumbent().runId(),
        v.incumbent().testScore(),
        v.incumbent().promotedAt());
  }
}
