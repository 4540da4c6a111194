package dev.gradus.workflow;

import io.temporal.workflow.Workflow;
import java.util.function.BooleanSupplier;

/**
 * The point every provider call passes before it starts. While the run is paused it blocks without
 * timers (so a pause of days adds no history); once the run is cancelled it lets nothing new start.
 */
final class PauseGate {

  private final BooleanSupplier cancelled;
  private final BooleanSupplier pausedElsewhere;
  private boolean paused;

  PauseGate(BooleanSupplier cancelled, boolean paused) {
    this(cancelled, paused, null);
  }

  private PauseGate(BooleanSupplier cancelled, boolean paused, BooleanSupplier pausedElsewhere) {
    this.cancelled = cancelled;
    this.paused = paused;
    this.pausedElsewhere = pausedElsewhere;
  }

  /** A gate that never holds calls: the final report of runs started before it honoured pauses. */
  static PauseGate open() {
    return new PauseGate(() -> false, false);
  }

  /**
   * The gate of the final report, which a cancel still owes: it holds calls while this run is
   * paused, unless the run is being cancelled, and never closes.
   */
  PauseGate forReport() {
    return new PauseGate(() -> false, false, this::holdsCalls);
  }

  /** Whether calls must wait now: paused, and not being cancelled (a cancel overrides a pause). */
  boolean holdsCalls() {
    return paused() && !cancelled();
  }

  void pause() {
    paused = true;
  }

  void resume() {
    paused = false;
  }

  boolean paused() {
    return pausedElsewhere != null ? pausedElsewhere.getAsBoolean() : paused;
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
    Workflow.await(() -> !paused() || cancelled.getAsBoolean());
    return !cancelled.getAsBoolean();
  }
}
