package dev.gradus.activities.ratelimit;

import java.time.Duration;

/**
 * The right to send one request under the limits that cover it. Close it once the answer (or the
 * failure) is in, to free its concurrency slots.
 */
public interface Permit extends AutoCloseable {

  /** The permit of a call that no limit covers. */
  Permit UNLIMITED =
      new Permit() {
        @Override
        public boolean limited() {
          return false;
        }

        @Override
        public Duration waited() {
          return Duration.ZERO;
        }

        @Override
        public void close() {}
      };

  /** Whether any limit covers the call. */
  boolean limited();

  /** How long the caller waited for its turn. */
  Duration waited();

  @Override
  void close();
}
