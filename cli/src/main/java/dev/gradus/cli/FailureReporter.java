package dev.gradus.cli;

import dev.gradus.spec.InvalidSpecException;
import dev.gradus.spec.SpecError;
import dev.gradus.workflow.client.RunLookup;
import dev.gradus.workflow.client.RunLookupException;
import dev.gradus.workflow.codec.EncryptionCodec;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.converter.DataConverterException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.payload.codec.PayloadCodecException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a message and an exit code: 2 for spec errors, 1 for everything
 * else. Only unexpected failures show a stack trace, and only when {@code GRADUS_DEBUG} is set.
 */
final class FailureReporter implements IExecutionExceptionHandler {

  private final boolean debug;

  FailureReporter(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    var err = cmd.getErr();
    int exitCode = 1;
    String payloadProblem = payloadProblem(e);
    if (e instanceof CliFailure failure) {
      err.println("gradus: " + failure.getMessage());
      exitCode = failure.exitCode();
    } else if (e instanceof WorkflowUpdateException rejected) {
      Throwable cause = rejected;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      String reason =
          cause instanceof ApplicationFailure app ? app.getOriginalMessage() : cause.getMessage();
      err.println("gradus: the run refused the change: " + reason);
    } else if (e instanceof RunLookupException lookup) {
      err.println("gradus: " + lookup.getMessage());
    } else if (e instanceof InvalidSpecException invalid) {
      for (SpecError error : invalid.errors()) {
        err.println(error);
      }
      exitCode = CommandLine.ExitCode.USAGE;
    } else if (payloadProblem != null) {
      err.println("gradus: " + payloadProblem);
    } else if (e instanceof WorkflowNotFoundException notFound) {
      err.println(
          "gradus: " + RunLookup.unknown(notFound.getExecution().getWorkflowId()).getMessage());
    } else {
      err.println("gradus: " + cmd.getCommandName() + " failed: " + e);
      if (debug) {
        e.printStackTrace(err);
      } else {
        err.println("(set GRADUS_DEBUG=1 for the stack trace)");
      }
    }
    err.flush();
    return exitCode;
  }

  /**
   * What stopped the CLI from reading a run's payloads, if that is what failed: the run was
   * encrypted and this CLI has no keys, or not the key it was encrypted with.
   */
  private static String payloadProblem(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PayloadCodecException codec) {
        return codec.getMessage();
      }
      if (cause instanceof DataConverterException
          && String.valueOf(cause.getMessage()).contains(EncryptionCodec.ENCODING)) {
        return "the run's payloads are encrypted, and this CLI has no keys: set"
            + " GRADUS_PAYLOAD_KEYS (and GRADUS_PAYLOAD_KEY_ID) as on the workers";
      }
    }
    return null;
  }
}
