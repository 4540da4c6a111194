package dev.gradus.workflow;

import io.temporal.workflow.Workflow;
import java.util.function.BooleanSupplier;

/**
 * The point every provider call passes before it starts. While the run is paused it blocks without
 * timers (so a pause of days adds no history); once the run is cancelled it lets nothing new start.
 */
final class PauseGate {

  private final BooleanSupplier cancelled;
  private boolean paused;

  PauseGate(BooleanSupplier cancelled, boolean paused) {
    this.cancelled = cancelled;
    this.paused = paused;
  }

  /** A gate that is never paused nor cancelled: for the final report, which a cancel still owes. */
  static PauseGate alwaysOpen() {
    return new PauseGate(() -> false, false);
  }

  void pause() {
    paused = true;
  }

  void resume() {
    paused = false;
  }

  boolean paused() {
    return paused;
  }

  boolean cancelled() {
    return cancelled.getAsBoolean();
  }

  /**
   * Waits while paused.
   *
   * @return whether new calls may start (false once cancellation was requested)
   */
  boolean awaitOpen() {
    Workflow.await(() -> !paused || cancelled.getAsBoolean());
    return !cancelled.getAsBoolean();
  }
}
