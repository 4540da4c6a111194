package dev.gradus.cli.bench;

import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.RunReport;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark run achieved.
 *
 * @param progress the best validation score after each generation, with the calls spent by then
 */
public record RunOutcome(
    String task,
    String strategy,
    int seed,
    String status,
    double seedValidation,
    double bestValidation,
    double bestTest,
    long calls,
    List<Step> progress) {

  /** The run's best validation score once {@code calls} calls had been made. */
  public record Step(long calls, double bestScore) {}

  public RunOutcome {
    progress = List.copyOf(progress);
  }

  static RunOutcome of(String task, String strategy, int seed, RunReport report) {
    long spent = 0;
    List<Step> progress = new ArrayList<>();
    for (GenerationSummary g : report.generations()) {
      spent += g.calls();
      progress.add(new Step(spent, g.bestScore()));
    }
    return new RunOutcome(
        task,
        strategy,
        seed,
        report.status().name(),
        orNaN(report.seed().validationScore()),
        orNaN(report.best().validationScore()),
        orNaN(report.best().testScore()),
        report.usage().calls(),
        progress);
  }

  private static double orNaN(Double score) {
    return score == null ? Double.NaN : score;
  }

  /**
   * The calls spent, counted from the first generation, until the best validation score reached
   * {@code target}; 0 when the seed already did, -1 when the run never did.
   */
  public long callsToReach(double target) {
    if (seedValidation >= target) {
      return 0;
    }
    return progress.stream()
        .filter(s -> s.bestScore() >= target)
        .mapToLong(Step::calls)
        .findFirst()
        .orElse(-1);
  }
}
