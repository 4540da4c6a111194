package dev.gradus.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code gradus} command line: one subcommand per verb of the launcher. */
@Command(
    name = "gradus",
    mixinStandardHelpOptions = true,
    version = "gradus 0.1.0",
    description = "Optimizes LLM prompts, each optimization a durable Temporal workflow.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      StatusCommand.class,
      ResultCommand.class,
      PauseCommand.class,
      ResumeCommand.class,
      CancelCommand.class,
      InjectCommand.class,
      BudgetCommand.class,
      ListCommand.class,
      ScheduleCommand.class,
      UpCommand.class,
      BenchCommand.class
    },
    footerHeading = "%nComponents (each runs in the foreground as one process):%n",
    footer = {
      "  server   embedded Temporal test server on 127.0.0.1:7233 (in memory)",
      "  worker   the worker (TEMPORAL_ADDRESS, GRADUS_TASK_QUEUE)",
      "  api      REST API and dashboard on http://localhost:8080",
      "",
      "Temporal: TEMPORAL_ADDRESS when set, else a server on 127.0.0.1:7233;",
      "with neither, run and demo start an embedded server and a worker",
      "for their own duration."
    })
public final class GradusCli implements Callable<Integer> {

  private final CliEnvironment env;

  @Spec private CommandSpec spec;

  public GradusCli(CliEnvironment env) {
    this.env = env;
  }

  CliEnvironment env() {
    return env;
  }

  /** The configured command line; tests call {@code execute} on it with their own streams. */
  public static CommandLine commandLine(CliEnvironment env) {
    boolean debug = env.variables().containsKey("GRADUS_DEBUG");
    return new CommandLine(new GradusCli(env))
        .setExecutionExceptionHandler(new FailureReporter(debug));
  }

  /** Without a verb: the usage, as an error, since nothing was asked. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  public static void main(String[] args) {
    QuietLogging.apply();
    System.exit(commandLine(CliEnvironment.current()).execute(args));
  }
}
