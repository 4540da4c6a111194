package dev.gradus.cli;

import dev.gradus.cli.bench.BenchStrategy;
import dev.gradus.cli.bench.BenchTable;
import dev.gradus.cli.bench.BenchTask;
import dev.gradus.cli.bench.MeanInterval;
import dev.gradus.cli.bench.RacingTable;
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
    subcommands = {BenchCommand.Strategies.class, BenchCommand.Racing.class})
final class BenchCommand extends ClientCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new CliFailure(
        "name a benchmark: `./gradus bench strategies` or `./gradus bench racing` (see --help)");
  }

  /** What both benchmarks share: the grid's landscapes and seeds, parallelism and output. */
  abstract static class Verb implements Callable<Integer> {

    @ParentCommand private BenchCommand parent;

    @Spec private CommandSpec spec;

    @Option(names = "--seeds", description = "Seeds per row and landscape (default: 5).")
    int seeds = 5;

    @Option(
        names = "--tasks",
        split = ",",
        description = "Landscapes to run (default: all): needle, additive, noisy, demos, feedback.")
    List<String> tasks;

    @Option(names = "--parallel", description = "Runs in flight at once (default: 3).")
    int parallel = 3;

    @Option(
        names = "--json",
        description = "Print every run's outcome as one JSON document instead of the table.")
    boolean json;

    /** The benchmark to run, from the options. */
    abstract StrategyBenchmark benchmark(List<BenchTask> landscapes);

    /** The table, and any claim the figures test, in Markdown. */
    abstract String report(List<RunOutcome> outcomes, List<BenchTask> landscapes);

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (seeds < 1 || parallel < 1) {
        throw new CliFailure("--seeds and --parallel must be at least 1");
      }
      List<BenchTask> landscapes = chosen(BenchTask.ALL, tasks, BenchTask::name, "--tasks");
      StrategyBenchmark benchmark = benchmark(landscapes);
      long started = System.nanoTime();
      List<RunOutcome> outcomes;
      try (TemporalSession session = TemporalSession.open(parent.env(), true, err)) {
        session.warnIfNoWorker(err);
        outcomes = benchmark.run(session.client(), session.taskQueue(), err);
      }
      if (json) {
        JsonOutput.print(
            out,
            Map.of(
                "generations",
                benchmark.generations(),
                "maxCalls",
                benchmark.maxCalls(),
                "seeds",
                seeds,
                "runs",
                outcomes));
      } else {
        out.printf(
            Locale.ROOT,
            "%d runs: %d landscapes × %d rows × %d seeds, %.0f s.%n",
            outcomes.size(),
            landscapes.size(),
            benchmark.strategies().size(),
            seeds,
            (System.nanoTime() - started) / 1e9);
        out.print(report(outcomes, landscapes));
        out.flush();
      }
      // A run that did not complete makes the figures incomparable.
      return outcomes.stream().allMatch(o -> o.status().equals("COMPLETED")) ? 0 : 1;
    }
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
  static final class Strategies extends Verb {

    @Option(
        names = "--max-calls",
        description = "Each run's call budget, test scoring included (default: 2500).")
    long maxCalls = 2500;

    @Option(names = "--strategies", split = ",", description = "Strategies to run (default: all).")
    List<String> strategies;

    @Override
    StrategyBenchmark benchmark(List<BenchTask> landscapes) {
      if (maxCalls < 1) {
        throw new CliFailure("--max-calls must be at least 1");
      }
      return new StrategyBenchmark(
          landscapes,
          chosen(BenchStrategy.ALL, strategies, BenchStrategy::type, "--strategies"),
          seeds,
          StrategyBenchmark.UNLIMITED_GENERATIONS,
          maxCalls,
          parallel);
    }

    @Override
    String report(List<RunOutcome> outcomes, List<BenchTask> landscapes) {
      BenchTable table = new BenchTable(outcomes);
      return table.markdown(landscapes) + feedbackClaim(table).orElse("");
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
  }

  /** {@code gradus bench racing}: full evaluation against the racing selection rules. */
  @Command(
      name = "racing",
      mixinStandardHelpOptions = true,
      description = {
        "Run OPRO with full evaluation, successive halving and successive rejects on the"
            + " simulated landscapes, same spec and seed, and print per landscape the best"
            + " validation score each reached, the calls it made, and both against full"
            + " evaluation's, seed by seed.",
        "Uses the simulated LLM only; no API key, no network."
      })
  static final class Racing extends Verb {

    /** Racing runs end by their generations, so that all rules do the same number of steps. */
    private static final long NO_CALL_LIMIT = 1_000_000_000L;

    @Option(names = "--generations", description = "Generations per run (default: 12).")
    int generations = 12;

    @Override
    StrategyBenchmark benchmark(List<BenchTask> landscapes) {
      if (generations < 1) {
        throw new CliFailure("--generations must be at least 1");
      }
      return new StrategyBenchmark(
          landscapes, BenchStrategy.RACING, seeds, generations, NO_CALL_LIMIT, parallel);
    }

    @Override
    String report(List<RunOutcome> outcomes, List<BenchTask> landscapes) {
      return new RacingTable(new BenchTable(outcomes), "full").markdown(landscapes);
    }
  }

  static <T> List<T> chosen(
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
