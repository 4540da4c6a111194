package dev.gradus.cli;

import dev.gradus.cli.bench.BenchStrategy;
import dev.gradus.cli.bench.BenchTable;
import dev.gradus.cli.bench.BenchTask;
import dev.gradus.cli.bench.MeanInterval;
import dev.gradus.cli.bench.RunOutcome;
import dev.gradus.cli.bench.StrategyBenchmark;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gradus bench}: reproducible measurements that print figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark and print its figures.",
    subcommands = {BenchCommand.Strategies.class})
final class BenchCommand extends ClientCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new CliFailure("name a benchmark: `./gradus bench strategies` (see --help)");
  }

  /** {@code gradus bench strategies}: every strategy on every simulated landscape. */
  @Command(
      name = "strategies",
      mixinStandardHelpOptions = true,
      description = {
        "Run every strategy on the simulated landscapes over several seeds with the same call"
            + " budget, and print a Markdown table: mean best validation and test scores with 95%"
            + " confidence intervals, and calls to reach 90% of the best score seen.",
        "Uses the simulated LLM only; no API key, no network."
      })
  static final class Strategies implements Callable<Integer> {

    @ParentCommand private BenchCommand parent;

    @Spec private CommandSpec spec;

    @Option(names = "--seeds", description = "Seeds per strategy and landscape (default: 5).")
    private int seeds = 5;

    @Option(
        names = "--max-calls",
        description = "Each run's call budget, test scoring included (default: 2500).")
    private long maxCalls = 2500;

    @Option(
        names = "--tasks",
        split = ",",
        description = "Landscapes to run (default: all): needle, additive, noisy, demos, feedback.")
    private List<String> tasks;

    @Option(names = "--strategies", split = ",", description = "Strategies to run (default: all).")
    private List<String> strategies;

    @Option(names = "--parallel", description = "Runs in flight at once (default: 3).")
    private int parallel = 3;

    @Option(
        names = "--json",
        description = "Print every run's outcome as one JSON document instead of the table.")
    private boolean json;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (seeds < 1 || maxCalls < 1 || parallel < 1) {
        throw new CliFailure("--seeds, --max-calls and --parallel must be at least 1");
      }
      List<BenchTask> chosenTasks = chosen(BenchTask.ALL, tasks, BenchTask::name, "--tasks");
      List<BenchStrategy> chosenStrategies =
          chosen(BenchStrategy.ALL, strategies, BenchStrategy::type, "--strategies");
      StrategyBenchmark benchmark =
          new StrategyBenchmark(chosenTasks, chosenStrategies, seeds, maxCalls, parallel);
      long started = System.nanoTime();
      List<RunOutcome> outcomes;
      try (TemporalSession session = TemporalSession.open(parent.env(), true, err)) {
        session.warnIfNoWorker(err);
        outcomes = benchmark.run(session.client(), session.taskQueue(), err);
      }
      if (json) {
        JsonOutput.print(out, Map.of("maxCalls", maxCalls, "seeds", seeds, "runs", outcomes));
        return exitCode(outcomes);
      }
      BenchTable table = new BenchTable(outcomes);
      out.printf(
          Locale.ROOT,
          "%d runs: %d landscapes × %d strategies × %d seeds, %,d calls each at most, %.0f s.%n",
          outcomes.size(),
          chosenTasks.size(),
          chosenStrategies.size(),
          seeds,
          maxCalls,
          (System.nanoTime() - started) / 1e9);
      out.print(table.markdown(chosenTasks));
      feedbackClaim(table).ifPresent(out::print);
      out.flush();
      return exitCode(outcomes);
    }

    /** 1 when a run did not complete: its figures would not be comparable. */
    private static int exitCode(List<RunOutcome> outcomes) {
      return outcomes.stream().allMatch(o -> o.status().equals("COMPLETED")) ? 0 : 1;
    }

    /** Whether feedback-driven strategies beat blind resampling where feedback is essential. */
    private static Optional<String> feedbackClaim(BenchTable table) {
      String task = "feedback";
      if (!table.tasks().contains(task) || !table.strategies().contains("ape")) {
        return Optional.empty();
      }
      List<String> gains = new ArrayList<>();
      for (String strategy : List.of("protegi", "gepa")) {
        table
            .testDifference(task, strategy, "ape")
            .ifPresent(diff -> gains.add(strategy + " " + gain(diff)));
      }
      return gains.isEmpty()
          ? Optional.empty()
          : Optional.of(
              "\nOn `feedback`, best test score minus ape's, paired by seed: "
                  + String.join("; ", gains)
                  + ".\n");
    }

    private static String gain(MeanInterval diff) {
      String interval =
          Double.isNaN(diff.halfWidth())
              ? "no interval with one seed"
              : String.format(Locale.ROOT, "95%% CI %+.3f to %+.3f", diff.low(), diff.high());
      return String.format(Locale.ROOT, "%+.3f (%s)", diff.mean(), interval);
    }

    private static <T> List<T> chosen(
        List<T> all, List<String> names, Function<T, String> name, String option) {
      if (names == null || names.isEmpty()) {
        return all;
      }
      List<String> known = all.stream().map(name).toList();
      for (String n : names) {
        if (!known.contains(n)) {
          throw new CliFailure(
              option + ": unknown \"" + n + "\"; expected one of " + String.join(", ", known));
        }
      }
      return all.stream().filter(t -> names.contains(name.apply(t))).toList();
    }
  }
}
