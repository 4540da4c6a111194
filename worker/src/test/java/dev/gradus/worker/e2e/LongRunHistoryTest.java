package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.temporal.api.history.v1.History;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 300-generation simulated run: continue-as-new keeps every workflow execution's history far
 * below Temporal's limits (10,000 events and 2 MB here, against the server's 51,200 and 50 MB).
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
class LongRunHistoryTest {

  @Test
  void threeHundredGenerationsKeepEveryExecutionsHistoryBounded() {
    RunReport report =
        Runs.run(
            "long-run",
            SpecReader.parse(
                """
                name: long-run
                task:
                  dataset: { simulated: arithmetic }
                  split: { train: 0.8, validation: 0.1, test: 0.1, seed: 4 }
                seedPrompt: "Solve the problem."
                models:
                  target: { provider: sim }
                  optimizer: { provider: sim, temperature: 1.0 }
                strategy: { type: opro, proposals: 2 }
                budget: { generations: 300 }
                seed: 11
                """));
    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.generations()).hasSize(300);

    List<History> chain = executions(Runs.client(), "long-run");
    int maxEvents = chain.stream().mapToInt(History::getEventsCount).max().orElseThrow();
    int maxBytes = chain.stream().mapToInt(History::getSerializedSize).max().orElseThrow();
    System.out.printf(
        "300 generations: %d executions, largest history %d events, %d bytes%n",
        chain.size(), maxEvents, maxBytes);
    assertThat(chain).hasSize(30);
    assertThat(maxEvents).isLessThan(10_000);
    assertThat(maxBytes).isLessThan(2 * 1024 * 1024);
  }

  /** Every execution of a run, newest first, following continue-as-new links backwards. */
  private static List<History> executions(WorkflowClient client, String workflowId) {
    List<History> out = new ArrayList<>();
    String runId = null;
    do {
      History h = client.fetchHistory(workflowId, runId).getHistory();
      out.add(h);
      runId =
          h.getEvents(0).getWorkflowExecutionStartedEventAttributes().getContinuedExecutionRunId();
    } while (!runId.isEmpty());
    return out;
  }
}
