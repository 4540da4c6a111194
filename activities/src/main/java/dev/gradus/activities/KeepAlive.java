package dev.gradus.activities;

import io.temporal.activity.ActivityExecutionContext;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Heartbeats an activity's latest progress every few seconds from a background thread, so that one
 * slow provider call (as long as its own timeout) never looks like a dead worker. That lets the
 * heartbeat timeout stay short, and a dead worker's activity move to another worker within seconds.
 * The activity still reports progress itself after each call; this only repeats it.
 */
final class KeepAlive implements AutoCloseable {

  /** Well inside the activities' heartbeat timeout (see ActivityPolicies in workflows). */
  static final Duration EVERY = Duration.ofSeconds(5);

  /**
   * A few threads, not one: a heartbeat whose request to the server is slow holds its activity's
   * lock, and must not hold back the heartbeats of every other activity of the worker.
   */
  private static final ScheduledExecutorService TIMER =
      Executors.newScheduledThreadPool(
          4,
          task -> {
            Thread thread = new Thread(task, "gradus-keep-alive");
            thread.setDaemon(true);
            return thread;
          });

  private final ActivityExecutionContext context;
  private final ScheduledFuture<?> beat;
  private volatile Object progress;

  private KeepAlive(ActivityExecutionContext context, Object progress, Duration every) {
    this.context = context;
    this.progress = progress;
    long millis = every.toMillis();
    this.beat = TIMER.scheduleAtFixedRate(this::repeat, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Starts repeating {@code progress} until closed. */
  static KeepAlive start(ActivityExecutionContext context, Object progress) {
    return start(context, progress, EVERY);
  }

  static KeepAlive start(ActivityExecutionContext context, Object progress, Duration every) {
    return new KeepAlive(context, progress, every);
  }

  /** Reports new progress now, and repeats it from then on. */
  void progress(Object details) {
    progress = details;
    context.heartbeat(details);
  }

  private void repeat() {
    try {
      context.heartbeat(progress);
    } catch (RuntimeException e) {
      // Cancellation, a timed-out attempt (ActivityCompletionException): the activity's own next
      // heartbeat sees it and ends.
    }
  }

  @Override
  public void close() {
    beat.cancel(false);
  }
}
