package dev.gradus.workflow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.spec.RunSpec;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.NonDeterministicException;
import io.temporal.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Recorded histories of released workflow shapes must keep replaying on the current code. */
class ReplayTest {

  private static String history(String name) throws IOException {
    try (InputStream in = ReplayTest.class.getResourceAsStream("/histories/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void version1HistoryReplaysOnTheCurrentWorkflow() throws Exception {
    String json = history("v1-opro-3-generations.json");
    assertThatCode(
            () ->
                WorkflowReplayer.replayWorkflowExecution(
                    json, PromptOptimizationWorkflowImpl.class))
        .doesNotThrowAnyException();
  }

  @Test
  void replayCatchesAChangeThatWouldBreakRunningWorkflows() throws Exception {
    String json = history("v1-opro-3-generations.json");
    assertThatThrownBy(
            () -> WorkflowReplayer.replayWorkflowExecution(json, TimerFirstWorkflow.class))
        .hasMessageContaining(NonDeterministicException.class.getSimpleName())
        .hasMessageContaining("does not match command type COMMAND_TYPE_START_TIMER");
  }

  /** The workflow with one unversioned change: a timer before the first activity. */
  public static class TimerFirstWorkflow extends PromptOptimizationWorkflowImpl {
    @Override
    public RunReport run(RunSpec spec, RunState resumeFrom) {
      Workflow.sleep(Duration.ofSeconds(1));
      return super.run(spec, resumeFrom);
    }
  }
}
