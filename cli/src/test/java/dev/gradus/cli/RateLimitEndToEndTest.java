package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limits hold across workers: ten runs at once on three packaged worker JVMs, each allowed
 * more calls at once than the limits, against a local OpenAI-compatible server that measures what
 * reaches it: a rate on the target model, and a concurrency on the whole provider. The workers
 * share the limits through the H2 file in their common cache folder (with the response cache itself
 * off, so that every call goes to the server).
 */
class RateLimitEndToEndTest {

  private static final double TARGET_RATE = 25;
  private static final int PROVIDER_CONCURRENT = 3;
  private static final int RUNS = 10;

  @TempDir Path dir;

  private final List<Long> targetArrivals = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger busy = new AtomicInteger();
  private final AtomicInteger mostBusy = new AtomicInteger();

  @Test
  void tenRunsOnThreeWorkersNeverExceedTheConfiguredLimits() throws Exception {
    SimulatedResponder sim = new SimulatedResponder();
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
        FakeOpenAiServer llm =
            FakeOpenAiServer.start(
                (model, messages) -> {
                  if (!model.equals(SimulatedResponder.OPTIMIZER)) {
                    targetArrivals.add(System.nanoTime());
                  }
                  mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
                  try {
                    sleep(30); // a provider takes time, so calls overlap
                    return sim.reply(model, messages);
                  } finally {
                    busy.decrementAndGet();
                  }
                })) {
      Map<String, String> workerEnv =
          Map.of(
              "OPENAI_BASE_URL",
              llm.baseUrl(),
              "GRADUS_MAX_CONCURRENT_ACTIVITIES",
              "8",
              "GRADUS_CACHE_ENABLED",
              "false",
              "GRADUS_CACHE_DIR",
              dir.resolve("shared").toString(),
              "GRADUS_RATE_LIMITS",
              "openai/sim-target = "
                  + (int) TARGET_RATE
                  + "/s; openai = "
                  + PROVIDER_CONCURRENT
                  + " concurrent");
      WorkflowServiceStubs service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build());
      WorkflowClient client = WorkflowClient.newInstance(service);
      List<Process> workers = new ArrayList<>();
      try {
        for (String name : List.of("a", "b", "c")) {
          workers.add(WorkerProcess.start(server.target(), "rate-limit-worker-" + name, workerEnv));
        }
        List<PromptOptimizationWorkflow> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
          PromptOptimizationWorkflow run =
              client.newWorkflowStub(
                  PromptOptimizationWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(PromptOptimizationWorkflow.DEFAULT_TASK_QUEUE)
                      .setWorkflowId("limited-" + i)
                      .build());
          WorkflowClient.start(run::run, SpecReader.parse(spec(i)), null);
          runs.add(run);
        }
        for (PromptOptimizationWorkflow run : runs) {
          RunReport report =
              WorkflowStub.fromTyped(run).getResult(5, TimeUnit.MINUTES, RunReport.class);
          assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        }
      } finally {
        for (Process w : workers) {
          w.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        service.shutdownNow();
      }

      List<Long> arrivals = targetArrivals.stream().sorted().toList();
      double seconds = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1e9;
      double rate = (arrivals.size() - 1) / seconds;
      int mostInASecond = mostWithin(arrivals, 1);
      int mostInFiveSeconds = mostWithin(arrivals, 5);
      System.out.printf(
          "rate limits: %d target calls in %.1f s = %.1f/s (limit %.0f/s), most in one second %d,"
              + " in five seconds %d; most calls in flight %d (limit %d); served %d%n",
          arrivals.size(),
          seconds,
          rate,
          TARGET_RATE,
          mostInASecond,
          mostInFiveSeconds,
          mostBusy.get(),
          PROVIDER_CONCURRENT,
          llm.completionsServed());

      assertThat(arrivals).hasSizeGreaterThan(300);
      assertThat(rate).isLessThanOrEqualTo(TARGET_RATE);
      assertThat(rate)
          .as("the limit, not the workers, set the pace")
          .isGreaterThan(TARGET_RATE / 2);
      // Requests are spaced by their send times. On a busy machine a request can reach the server
      // late, together with the next ones: a window of w seconds then holds the sends of w plus
      // that delay. Allowed here: 200 ms.
      assertThat(mostInASecond).isLessThanOrEqualTo(mostSent(1.2));
      assertThat(mostInFiveSeconds).isLessThanOrEqualTo(mostSent(5.2));
      assertThat(mostBusy.get())
          .as("the provider-wide concurrency was reached and never exceeded")
          .isEqualTo(PROVIDER_CONCURRENT);
    }
  }

  private static String spec(int i) {
    return """
        name: limited
        task:
          dataset: { simulated: arithmetic }
          split: { train: 0.9, validation: 0.05, test: 0.05, seed: %d }
        seedPrompt: "Solve the problem."
        models:
          target: { provider: openai, model: sim-target, temperature: 0 }
          optimizer: { provider: openai, model: sim-optimizer, temperature: 1.0 }
        strategy: { type: opro, proposals: 2 }
        budget: { generations: 1 }
        seed: %d
        """
        .formatted(i, i);
  }

  /** The most requests the rate lets a worker send within a window of this many seconds. */
  private static int mostSent(double windowSeconds) {
    return (int) Math.floor(windowSeconds * TARGET_RATE) + 1;
  }

  /** The most arrivals within any window of this many seconds. */
  private static int mostWithin(List<Long> sortedNanos, int windowSeconds) {
    int most = 0;
    int from = 0;
    for (int to = 0; to < sortedNanos.size(); to++) {
      while (sortedNanos.get(to) - sortedNanos.get(from) >= windowSeconds * 1_000_000_000L) {
        from++;
      }
      most = Math.max(most, to - from + 1);
    }
    return most;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
