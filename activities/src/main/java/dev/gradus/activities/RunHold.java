package dev.gradus.activities;

import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.client.DeadlineQuery;
import io.temporal.activity.ActivityExecutionContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks the run that scheduled an activity whether it holds provider calls (it is paused), between
 * the calls of a batch, so that a pause stops calls inside a running activity too, not only at the
 * next activity. A "go on" answer is reused for a second, and only one activity per run refreshes
 * it while the others go on: a busy run costs each worker one query a second. A "hold" answer is
 * never reused, so a resumed run goes on at once. A workflow that cannot answer (no such query, no
 * worker in time) holds nothing: the hold must never stop a run that is not paused.
 */
@ApplicationScoped
public class RunHold {

  static final Duration REUSE = Duration.ofSeconds(1);
  private static final Duration DEADLINE = Duration.ofSeconds(2);
  private static final int MAX_REMEMBERED = 10_000;

  private final Map<String, GoOn> runs = new ConcurrentHashMap<>();

  /** Whether the activity's run holds calls now; the activity then returns what it has. */
  public boolean holds(ActivityExecutionContext context) {
    String workflowId = context.getInfo().getWorkflowId();
    GoOn known = runs.get(workflowId);
    if (known != null && (known.fresh() || !known.refreshing.compareAndSet(false, true))) {
      return false; // a recent "go on", or another activity is asking right now
    }
    boolean hold =
        new DeadlineQuery(context.getWorkflowClient())
            .fetch(
                workflowId, PromptOptimizationWorkflow.HOLDS_CALLS_QUERY, Boolean.class, DEADLINE)
            .orElse(false);
    if (runs.size() > MAX_REMEMBERED) {
      runs.clear(); // forgetting costs one query per run; unbounded memory would cost more
    }
    if (hold) {
      runs.remove(workflowId);
    } else {
      runs.put(workflowId, new GoOn(System.nanoTime() + REUSE.toNanos()));
    }
    return hold;
  }

  /** A "go on" answer, good until {@code until} (System.nanoTime). */
  private static final class GoOn {
    final long until;
    final AtomicBoolean refreshing = new AtomicBoolean();

    GoOn(long until) {
      this.until = until;
    }

    boolean fresh() {
      return System.nanoTime() - until < 0;
    }
  }
}
