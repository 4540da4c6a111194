package dev.gradus.cli;

import dev.gradus.workflow.RunReport;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
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

  private final RunLookup lookup;
  private final PrintWriter err;
  private final boolean drawProgress;

  RunFollower(RunLookup lookup, PrintWriter err, boolean drawProgress) {
    this.lookup = lookup;
    this.err = err;
    this.drawProgress = drawProgress;
  }

  RunReport await(String runId) {
    WorkflowStub stub = lookup.stub(runId);
    CompletableFuture<RunReport> result = stub.getResultAsync(RunReport.class);
    long started = System.nanoTime();
    boolean answered = false;
    boolean warned = false;
    try {
      while (true) {
        try {
          return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          // Fall through to a progress update.
        }
        RunReport progress = queryProgress(stub);
        answered |= progress != null;
        long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        if (drawProgress) {
          draw(progress != null ? ProgressLine.format(progress) : ProgressLine.waiting(runId, waited));
        } else if (!answered && !warned && waited >= SILENCE_WARNING.toSeconds()) {
          warned = true;
          err.printf("warning: no worker has answered for %d s: is one running (./gradus worker)?%n", waited);
          err.flush();
        }
      }
    } catch (ExecutionException e) {
      return ended(runId, e.getCause());
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

  /** The live report, or null while no worker answers (it may still be starting). */
  private static RunReport queryProgress(WorkflowStub stub) {
    try {
      return stub.query("progress", RunReport.class);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void draw(String line) {
    err.print("\r" + line + CLEAR_TO_END);
    err.flush();
  }

  private static RunReport ended(String runId, Throwable failure) {
    if (failure instanceof WorkflowFailedException failed) {
      return RunLookup.withoutResult(runId, failed);
    }
    if (failure instanceof WorkflowNotFoundException) {
      throw RunLookup.unknown(runId);
    }
    throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
  }
}
