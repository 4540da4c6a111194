package dev.gradus.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every verb shares: the environment held by {@link GradusCli} and picocli's output streams,
 * which tests replace to capture what a command prints.
 */
abstract class ClientCommand {

  @ParentCommand private GradusCli cli;

  @Spec private CommandSpec spec;

  CliEnvironment env() {
    return cli.env();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Connects to an existing Temporal server; fails with a clear message when there is none. */
  TemporalSession openExisting() {
    return TemporalSession.open(env(), false, err());
  }
}
