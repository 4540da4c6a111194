package dev.gradus.cli.bench;

import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunReport;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every strategy on every landscape over several seeds, each run a real {@code
 * PromptOptimization} workflow on the simulated provider with the same call budget and no response
 * cache, so that every run pays for all its calls. Seed {@code s} fixes both the run's random
 * source and its dataset split, so strategies meet the same examples seed by seed.
 *
 * @param generations each run's generation budget
 * @param maxCalls each run's call budget, the held-back test scoring included
 * @param parallel runs in flight at once
 */
public record StrategyBenchmark(
    List<BenchTask> tasks,
    List<BenchStrategy> strategies,
    int seeds,
    int generations,
    long maxCalls,
    int parallel) {

  /** In the strategy benchmark generations do not limit a run: its call budget does. */
  public static final int UNLIMITED_GENERATIONS = 500;

  private static final String TEMPLATE = "{{instruction}}\\n\\n{{demos}}Input: {{input}}\\nOutput:";

  public StrategyBenchmark {
    tasks = List.copyOf(tasks);
    strategies = List.copyOf(strategies);
  }

  /** One spec of the grid. */
  static RunSpec spec(
      BenchTask task, BenchStrategy strategy, int seed, int generations, long maxCalls) {
    String yaml =
        """
        name: bench-%s-%s
        task:
          dataset: { simulated: %s }
          split: { train: %s, validation: %s, test: %s, seed: %d }
          template: "%s"
          metric: exact_match
        seedPrompt: "%s"
        models:
          target: { provider: sim, model: sim-target, temperature: %s }
          optimizer: { provider: sim, model: sim-optimizer, temperature: 1.0 }
        strategy: %s
        evaluation: %s
        budget: { generations: %d, maxCalls: %d }
        cache: false
        seed: %d
        """
            .formatted(
                task.name(),
                strategy.type(),
                task.simulated(),
                number(task.train()),
                number(task.validation()),
                number(BenchTask.TEST),
                seed,
                TEMPLATE,
                task.seedPrompt(),
                number(task.targetTemperature()),
                strategy.spec(),
                strategy.evaluation(),
                generations,
                maxCalls,
                seed);
    return SpecReader.parse(yaml);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * Runs the grid on the workers of {@code taskQueue}, reporting each finished run on {@code
   * progress}.
   */
  public List<RunOutcome> run(WorkflowClient client, String taskQueue, PrintWriter progress) {
    List<Cell> grid = new ArrayList<>();
    for (BenchTask task : tasks) {
      for (BenchStrategy strategy : strategies) {
        for (int seed = 1; seed <= seeds; seed++) {
          grid.add(new Cell(task, strategy, seed));
        }
      }
    }
    String batch = Long.toString(System.currentTimeMillis(), 36);
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<RunOutcome>> futures = new ArrayList<>();
      for (Cell cell : grid) {
        futures.add(
            pool.submit(
                () -> {
                  long started = System.nanoTime();
                  RunOutcome outcome = cell.run(client, taskQueue, batch, generations, maxCalls);
                  synchronized (progress) {
                    progress.printf(
                        Locale.ROOT,
                        "[%d/%d] %s %s seed %d: %s, best %.3f (test %.3f), %d calls, %.1f s%n",
                        done.incrementAndGet(),
                        grid.size(),
                        outcome.task(),
                        outcome.strategy(),
                        outcome.seed(),
                        outcome.status(),
                        outcome.bestValidation(),
                        outcome.bestTest(),
                        outcome.calls(),
                        (System.nanoTime() - started) / 1e9);
                    progress.flush();
                  }
                  return outcome;
                }));
      }
      List<RunOutcome> outcomes = new ArrayList<>();
      for (Future<RunOutcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the benchmark was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark run failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private record Cell(BenchTask task, BenchStrategy strategy, int seed) {

    RunOutcome run(
        WorkflowClient client, String taskQueue, String batch, int generations, long maxCalls) {
      RunSpec spec =
          spec(task, strategy, seed, generations * strategy.generationFactor(), maxCalls);
      String id = "gradus-bench-" + batch + "-" + task.name() + "-" + strategy.type() + "-" + seed;
      PromptOptimizationWorkflow workflow =
          client.newWorkflowStub(
              PromptOptimizationWorkflow.class,
              WorkflowOptions.newBuilder().setWorkflowId(id).setTaskQueue(taskQueue).build());
      WorkflowClient.start(workflow::run, spec, null);
      RunReport report = WorkflowStub.fromTyped(workflow).getResult(RunReport.class);
      return RunOutcome.of(task.name(), strategy.type(), seed, report);
    }
  }
}
