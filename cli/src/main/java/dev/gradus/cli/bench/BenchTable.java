package dev.gradus.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The strategy benchmark's results as Markdown: per landscape, each strategy's mean best validation
 * and test scores over the seeds with 95% confidence intervals, and the calls it took to reach 90%
 * of the best validation score any run on that landscape reached.
 */
public final class BenchTable {

  /** The share of a landscape's best score that "calls to reach" measures. */
  static final double REACH = 0.9;

  private final List<RunOutcome> outcomes;

  public BenchTable(List<RunOutcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  /** The landscapes, in the order they were run. */
  public List<String> tasks() {
    return distinct(outcomes.stream().map(RunOutcome::task).toList());
  }

  public List<String> strategies() {
    return distinct(outcomes.stream().map(RunOutcome::strategy).toList());
  }

  public List<RunOutcome> runs(String task, String strategy) {
    return outcomes.stream()
        .filter(o -> o.task().equals(task) && o.strategy().equals(strategy))
        .toList();
  }

  /** The best validation score any run on {@code task} reached. */
  public double bestSeen(String task) {
    return outcomes.stream()
        .filter(o -> o.task().equals(task))
        .mapToDouble(RunOutcome::bestValidation)
        .max()
        .orElse(Double.NaN);
  }

  public MeanInterval validation(String task, String strategy) {
    return over(task, strategy, RunOutcome::bestValidation);
  }

  public MeanInterval test(String task, String strategy) {
    return over(task, strategy, RunOutcome::bestTest);
  }

  /**
   * The mean difference {@code a − b} of best test scores, paired by seed (the same seed gives both
   * runs the same split), with its 95% interval; empty without a common seed.
   */
  public Optional<MeanInterval> testDifference(String task, String a, String b) {
    Map<Integer, Double> scoresOfB =
        runs(task, b).stream().collect(Collectors.toMap(RunOutcome::seed, RunOutcome::bestTest));
    List<Double> differences = new ArrayList<>();
    for (RunOutcome run : runs(task, a)) {
      Double other = scoresOfB.get(run.seed());
      if (other != null) {
        differences.add(run.bestTest() - other);
      }
    }
    return differences.isEmpty() ? Optional.empty() : Optional.of(MeanInterval.of(differences));
  }

  /** The median calls to reach 90% of the landscape's best, over the runs that reached it. */
  public String callsToReach(String task, String strategy) {
    double target = REACH * bestSeen(task);
    List<RunOutcome> runs = runs(task, strategy);
    List<Long> reached =
        runs.stream().map(r -> r.callsToReach(target)).filter(c -> c >= 0).sorted().toList();
    if (reached.isEmpty()) {
      return "never (0/" + runs.size() + ")";
    }
    int n = reached.size();
    double median =
        n % 2 == 1 ? reached.get(n / 2) : (reached.get(n / 2 - 1) + reached.get(n / 2)) / 2.0;
    return String.format(Locale.ROOT, "%,.0f (%d/%d)", median, n, runs.size());
  }

  public String markdown(List<BenchTask> landscapes) {
    StringBuilder out = new StringBuilder();
    for (String task : tasks()) {
      String what = BenchTask.describe(task, landscapes);
      out.append(
          String.format(
              Locale.ROOT,
              "%n**%s**%s. Best validation score seen: %.3f.%n%n",
              task,
              what,
              bestSeen(task)));
      out.append(
          "| strategy | best validation | best test | calls to 90% of best (median, runs) |"
              + " calls used |\n");
      out.append("|---|---|---|---|---|\n");
      for (String strategy : strategies()) {
        List<RunOutcome> runs = runs(task, strategy);
        if (runs.isEmpty()) {
          continue;
        }
        double used = runs.stream().mapToLong(RunOutcome::calls).average().orElse(0);
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %,.0f |%n",
                strategy,
                validation(task, strategy).format(),
                test(task, strategy).format(),
                callsToReach(task, strategy),
                used));
      }
    }
    return out.toString();
  }

  private MeanInterval over(String task, String strategy, ToDoubleFunction<RunOutcome> score) {
    return MeanInterval.of(runs(task, strategy).stream().map(r -> score.applyAsDouble(r)).toList());
  }

  private static List<String> distinct(List<String> values) {
    Set<String> seen = new LinkedHashSet<>(values);
    return List.copyOf(seen);
  }
}
