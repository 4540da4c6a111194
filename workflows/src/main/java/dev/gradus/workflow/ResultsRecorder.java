package dev.gradus.workflow;

import dev.gradus.spec.RunSpec;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * Keeps the results store up to date from workflow code: once when a run starts, after its seed is
 * scored, after every generation and at the end. Best effort: a store that stays down costs a
 * warning and a late row, never the run, and the next record carries everything again.
 */
final class ResultsRecorder {

  private static final Logger log = Workflow.getLogger(ResultsRecorder.class);

  /** Version 1: runs write their progress to the results store. */
  static final String RECORD_RESULTS = "record-results";

  private final ResultsActivities results;
  private final boolean recording;

  /** Call at the start of the workflow method, so that runs from before the store replay as run. */
  ResultsRecorder(ResultsActivities results) {
    this.results = results;
    this.recording = Workflow.getVersion(RECORD_RESULTS, Workflow.DEFAULT_VERSION, 1) == 1;
  }

  /**
   * Records the run each time it is paused or resumed, from a workflow thread of its own, so that
   * the store (and the runs list that reads it) shows a pause at once rather than at the next
   * generation's record.
   *
   * @param paused whether the run holds its calls now
   * @param report the run's report now
   */
  void recordPauses(BooleanSupplier paused, Supplier<RunReport> report, long startedAtMillis) {
    if (!recording) {
      return;
    }
    Async.procedure(
        () -> {
          boolean recorded = paused.getAsBoolean();
          while (true) {
            boolean last = recorded;
            Workflow.await(() -> paused.getAsBoolean() != last);
            recorded = paused.getAsBoolean();
            record(report.get(), null, startedAtMillis);
          }
        });
  }

  /**
   * Records the run; runs even when the run is being cancelled, so that its final report is stored.
   *
   * @param spec the spec on the run's first record, else null
   */
  void record(RunReport report, RunSpec spec, long startedAtMillis) {
    if (!recording) {
      return;
    }
    RunRecord record = new RunRecord(report, spec, startedAtMillis, Workflow.currentTimeMillis());
    try {
      Workflow.newDetachedCancellationScope(() -> results.record(record)).run();
    } catch (ActivityFailure e) {
      log.warn("the results store did not take generation {}: {}", report.generation(), e);
    }
  }
}
