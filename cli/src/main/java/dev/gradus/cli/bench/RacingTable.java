package dev.gradus.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The racing benchmark's results as Markdown: per landscape, each selection rule's best validation
 * score and calls, and, seed by seed, whether it reached the baseline's best score and with what
 * share of the calls the baseline needed to reach it. The bar: the same best score as full
 * evaluation with at most 70% of its calls.
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

  /**
   * Per seed, the calls the rule needed to reach the baseline's best validation score over the
   * calls the baseline needed to reach it, both counted from the first generation (the seed's and
   * the test split's scoring cost every rule the same); seeds where the rule never reached it, or
   * where the baseline's best was its seed, are left out.
   */
  public MeanInterval callShare(String task, String rule) {
    List<Double> shares = new ArrayList<>();
    for (double share : shares(task, rule)) {
      if (share >= 0 && Double.isFinite(share)) {
        shares.add(share);
      }
    }
    return MeanInterval.of(shares);
  }

  /** Seeds on which the rule reached at least the baseline's best score. */
  public int reached(String task, String rule) {
    return (int) shares(task, rule).stream().filter(share -> share >= 0).count();
  }

  /** Seeds on which it did so with at most 70% of the calls the baseline needed. */
  public int passes(String task, String rule) {
    return (int)
        shares(task, rule).stream().filter(share -> share >= 0 && share <= CALL_SHARE).count();
  }

  /**
   * Per seed the rule shares with the baseline: the calls it needed to reach the baseline's best
   * over the calls the baseline needed, or -1 when it never reached it.
   */
  private List<Double> shares(String task, String rule) {
    Map<Integer, RunOutcome> base = bySeed(task, baseline);
    List<Double> out = new ArrayList<>();
    for (RunOutcome run : table.runs(task, rule)) {
      RunOutcome b = base.get(run.seed());
      if (b == null) {
        continue;
      }
      long own = b.callsToReach(b.bestValidation());
      long needed = run.callsToReach(b.bestValidation());
      if (needed < 0) {
        out.add(-1.0);
      } else if (own == 0) {
        // The seed was the baseline's best: any call spent to get there is too many.
        out.add(needed == 0 ? 0.0 : Double.POSITIVE_INFINITY);
      } else {
        out.add((double) needed / own);
      }
    }
    return out;
  }

  public String markdown(List<BenchTask> landscapes) {
    StringBuilder out = new StringBuilder();
    for (String task : table.tasks()) {
      String what = BenchTask.describe(task, landscapes);
      out.append(String.format(Locale.ROOT, "%n**%s**%s.%n%n", task, what));
      out.append(
          "| selection | best validation | best test | calls in all | calls to full's best /"
              + " full's | reached full's best | with ≤ 70% of full's calls |\n");
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
                isBaseline ? "–" : reached(task, rule) + "/" + runs.size(),
                isBaseline ? "–" : passes(task, rule) + "/" + runs.size()));
      }
    }
    return out.toString();
  }

  private Map<Integer, RunOutcome> bySeed(String task, String rule) {
    return table.runs(task, rule).stream().collect(Collectors.toMap(RunOutcome::seed, r -> r));
  }
}
