package dev.gradus.cli;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.client.ProgressQuery;
import dev.gradus.workflow.client.RunLookup;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a run to end while showing its progress: a line redrawn in place on a terminal, and
 * otherwise nothing but a warning if no worker answers for a while.
 */
final class RunFollower {

  private static final long POLL_MILLIS = 1000;
  private static final Duration SILENCE_WARNING = Duration.ofSeconds(20);
  // Clears from the cursor to the end of the line, so a shorter line leaves no debris.
  private static final String CLEAR_TO_END = "\u001b[K";

  private static final Duration CLOSED_CHECK = Duration.ofSeconds(2);

  // Short, so the line keeps moving (and the worker check runs) while no worker answers.
  private static final Duration QUERY_DEADLINE = Duration.ofSeconds(2);

  private final TemporalSession session;
  private final RunLookup lookup;
  private final PrintWriter err;
  private final boolean drawProgress;

  RunFollower(TemporalSession session, PrintWriter err, boolean drawProgress) {
    this.session = session;
    this.lookup = new RunLookup(session.client());
    this.err = err;
    this.drawProgress = drawProgress;
  }

  RunReport await(String runId) {
    CompletableFuture<RunReport> result = lookup.stub(runId).getResultAsync(RunReport.class);
    long started = System.nanoTime();
    long lastDescribe = started;
    boolean answered = false;
    boolean warned = false;
    try {
      while (true) {
        try {
          return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          // Fall through to a progress update.
        }
        session.requireEmbeddedAlive();
        if (System.nanoTime() - lastDescribe > CLOSED_CHECK.toNanos()) {
          lastDescribe = System.nanoTime();
          if (lookup.describe(runId).getStatus()
              != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
            // On the Java test server a result poll opened before a continue-as-new can miss the
            // end of the run; a fresh one after the run has closed does not.
            return lookup.finalReport(runId);
          }
        }
        if (answered && !drawProgress) {
          continue;
        }
        RunReport progress =
            new ProgressQuery(session.client()).fetch(runId, QUERY_DEADLINE).orElse(null);
        answered |= progress != null;
        long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        if (drawProgress) {
          draw(
              progress != null
                  ? ProgressLine.format(progress)
                  : ProgressLine.waiting(runId, waited));
        } else if (!answered && !warned && waited >= SILENCE_WARNING.toSeconds()) {
          warned = true;
          err.printf(
              "warning: no worker has answered for %d s: is one running (./gradus worker)?%n",
              waited);
          err.flush();
        }
      }
    } catch (ExecutionException e) {
      return endedWith(runId, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliFailure("interrupted while following " + runId);
    } finally {
      if (drawProgress) {
        err.print("\r" + CLEAR_TO_END);
        err.flush();
      }
    }
  }

  private void draw(String line) {
    err.print("\r" + line + CLEAR_TO_END);
    err.flush();
  }

  private RunReport endedWith(String runId, Throwable failure) {
    if (failure instanceof WorkflowFailedException failed) {
      return lookup.ended(runId, failed);
    }
    if (failure instanceof WorkflowNotFoundException) {
      throw RunLookup.unknown(runId);
    }
    throw failure instanceof RuntimeException runtime
        ? runtime
        : new IllegalStateException(failure);
  }
}
