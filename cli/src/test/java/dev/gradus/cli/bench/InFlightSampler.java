package dev.gradus.cli.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Samples a count (the fake server's requests in flight) at a fixed interval while it is open, so
 * that a measurement can show the concurrency it actually reached, not only the one it asked for.
 */
final class InFlightSampler implements AutoCloseable {

  private final IntSupplier count;
  private final ScheduledExecutorService timer;
  private long samples;
  private long sum;
  private int peak;

  InFlightSampler(IntSupplier count, long everyMillis) {
    this.count = count;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "in-flight-sampler");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleAtFixedRate(this::sample, 0, everyMillis, TimeUnit.MILLISECONDS);
  }

  private synchronized void sample() {
    int now = count.getAsInt();
    samples++;
    sum += now;
    peak = Math.max(peak, now);
  }

  synchronized double mean() {
    return samples == 0 ? Double.NaN : (double) sum / samples;
  }

  synchronized int peak() {
    return peak;
  }

  synchronized long samples() {
    return samples;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
