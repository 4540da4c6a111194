package dev.gradus.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The racing benchmark's results as Markdown: per landscape, each selection rule's best validation
 * score and calls, against the baseline rule's on the same seed. The bar: the same best
 * score as full evaluation with at most 70% of its calls.
 */
public final class RacingTable {

  /** A racing rule passes on a seed when it needs at most this share of the baseline's calls. */
  static final double CALL_SHARE = 0.7;

  private final BenchTable table;
  private final String baseline;

  public RacingTable(BenchTable table, String baseline) {
    this.table = table;
    this.baseline = baseline;
  }

  /** Each run's calls over the baseline's on the same seed. */
  public MeanInterval callShare(String task, String rule) {
    Map<Integer, RunOutcome> base = bySeed(task, baseline);
    List<Double> shares = new ArrayList<>();
    for (RunOutcome run : table.runs(task, rule)) {
      RunOutcome b = base.get(run.seed());
      if (b != null && b.calls() > 0) {
        shares.add((double) run.calls() / b.calls());
      }
    }
    return MeanInterval.of(shares);
  }

  /** Seeds on which the rule reached at least the baseline's best with at most 70% of its calls. */
  public int passes(String task, String rule) {
    Map<Integer, RunOutcome> base = bySeed(task, baseline);
    int passed = 0;
    for (RunOutcome run : table.runs(task, rule)) {
      RunOutcome b = base.get(run.seed());
      if (b != null
          && run.bestValidation() >= b.bestValidation() - 1e-9
          && run.calls() <= CALL_SHARE * b.calls()) {
        passed++;
      }
    }
    return passed;
  }

  /** Seeds on which the rule reached at least the baseline's best score. */
  public int sameBest(String task, String rule) {
    Map<Integer, RunOutcome> base = bySeed(task, baseline);
    return (int)
        table.runs(task, rule).stream()
            .filter(
                r ->
                    base.containsKey(r.seed())
                        && r.bestValidation() >= base.get(r.seed()).bestValidation() - 1e-9)
            .count();
  }

  public String markdown(List<BenchTask> landscapes) {
    StringBuilder out = new StringBuilder();
    for (String task : table.tasks()) {
      String what =
          landscapes.stream()
              .filter(l -> l.name().equals(task))
              .map(l -> ": " + l.landscape())
              .findFirst()
              .orElse("");
      out.append(String.format(Locale.ROOT, "%n**%s**%s.%n%n", task, what));
      out.append(
          "| selection | best validation | best test | calls | calls / full's | same best as"
              + " full | same best, ≤ 70% of the calls |\n");
      out.append("|---|---|---|---|---|---|---|\n");
      for (String rule : table.strategies()) {
        List<RunOutcome> runs = table.runs(task, rule);
        if (runs.isEmpty()) {
          continue;
        }
        double calls = runs.stream().mapToLong(RunOutcome::calls).average().orElse(0);
        boolean isBaseline = rule.equals(baseline);
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %,.0f | %s | %s | %s |%n",
                rule,
                table.validation(task, rule).format(),
                table.test(task, rule).format(),
                calls,
                isBaseline ? "1" : callShare(task, rule).format(),
                isBaseline ? "–" : sameBest(task, rule) + "/" + runs.size(),
                isBaseline ? "–" : passes(task, rule) + "/" + runs.size()));
      }
    }
    return out.toString();
  }

  private Map<Integer, RunOutcome> bySeed(String task, String rule) {
    return table.runs(task, rule).stream().collect(Collectors.toMap(RunOutcome::seed, r -> r));
  }
}
