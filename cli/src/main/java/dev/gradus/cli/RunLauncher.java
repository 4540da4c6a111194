package dev.gradus.cli;

import dev.gradus.spec.RunSpec;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.client.RunAlreadyExistsException;
import dev.gradus.workflow.client.RunIdGenerator;
import dev.gradus.workflow.client.RunStarter;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/** Starts a run from a validated spec and, unless detached, follows it and prints its report. */
final class RunLauncher {

  private final CliEnvironment env;
  private final PrintWriter out;
  private final PrintWriter err;

  RunLauncher(CliEnvironment env, PrintWriter out, PrintWriter err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /** Returns the exit code: 1 when the run ended FAILED, else 0. */
  int launch(RunSpec spec, String requestedId, boolean detach, boolean json) {
    String runId =
        requestedId != null
            ? requestedId
            : new RunIdGenerator(Clock.systemUTC(), new SecureRandom()).next(spec.name());
    // A detached run must outlive this command, which an embedded server would not.
    try (TemporalSession session = TemporalSession.open(env, !detach, err)) {
      session.warnIfNoWorker(err);
      start(session, spec, runId);
      if (detach) {
        if (json) {
          JsonOutput.print(out, Map.of("runId", runId));
        } else {
          out.println(runId);
          out.flush();
        }
        return 0;
      }
      err.printf(
          "Started %s on %s%s%n",
          runId,
          session.target(),
          session.isEmbedded() ? "" : " (Ctrl-C stops following; the run goes on)");
      err.flush();
      RunReport report = new RunFollower(session, err, env.stderrIsTerminal()).await(runId);
      print(report, json);
      return report.status() == RunStatus.FAILED ? 1 : 0;
    }
  }

  private void start(TemporalSession session, RunSpec spec, String runId) {
    try {
      new RunStarter(session.client(), session.taskQueue()).start(spec, runId);
    } catch (RunAlreadyExistsException e) {
      throw new CliFailure("a run with id " + runId + " already exists; choose another --id");
    }
  }

  void print(RunReport report, boolean json) {
    if (json) {
      JsonOutput.print(out, report);
    } else {
      out.print(ReportText.format(report));
      out.flush();
    }
  }
}
