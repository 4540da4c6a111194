package dev.gradus.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.schedule.RecurringOptimizationWorkflow;
import dev.gradus.schedule.RecurringOptimizationWorkflowImpl;
import dev.gradus.spec.RunSpec;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.NonDeterministicException;
import io.temporal.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Recorded histories of released workflow shapes must keep replaying on the current code. */
class ReplayTest {

  /** The implementation that must replay each workflow type's histories. */
  private static final Map<String, Class<?>> IMPLEMENTATIONS =
      Map.of(
          PromptOptimizationWorkflow.TYPE, PromptOptimizationWorkflowImpl.class,
          RecurringOptimizationWorkflow.TYPE, RecurringOptimizationWorkflowImpl.class);

  private static String history(String name) throws IOException {
    try (InputStream in = ReplayTest.class.getResourceAsStream("/histories/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Stream<String> recordedHistories() throws Exception {
    Path dir = Path.of(ReplayTest.class.getResource("/histories").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).as("recorded histories").isNotEmpty();
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("recordedHistories")
  void everyRecordedHistoryReplaysOnTheCurrentWorkflow(String name) throws Exception {
    String json = history(name);
    String type =
        WorkflowExecutionHistory.fromJson(json)
            .getEvents()
            .get(0)
            .getWorkflowExecutionStartedEventAttributes()
            .getWorkflowType()
            .getName();
    assertThat(IMPLEMENTATIONS).as("a workflow type this worker hosts").containsKey(type);
    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(json, IMPLEMENTATIONS.get(type)))
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
