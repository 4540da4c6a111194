package dev.gradus.api;

import java.time.Duration;

/**
 * Retries an assertion until it holds: runs write the results store from activities, a moment
 * later.
 */
final class Eventually {

  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private Eventually() {}

  static void holds(Runnable assertion) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
