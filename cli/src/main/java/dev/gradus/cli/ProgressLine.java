package dev.gradus.cli;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import java.util.Locale;

/** The one-line summary of a live run that the CLI redraws on stderr. Pure functions only. */
public final class ProgressLine {

  private ProgressLine() {}

  /** E.g. {@code generation 3/8 | best 0.812 | seed 0.640 | 1,204 calls | $0.0421 | ETA 1m05s}. */
  public static String format(RunReport report) {
    StringBuilder line = new StringBuilder();
    if (report.status() != null && report.status() != RunStatus.RUNNING) {
      line.append(report.status()).append(" | ");
    }
    line.append("generation ")
        .append(report.generation())
        .append('/')
        .append(report.maxGenerations());
    line.append(" | best ").append(score(validationScore(report.best())));
    line.append(" | seed ").append(score(validationScore(report.seed())));
    Usage usage = report.usage() == null ? Usage.NONE : report.usage();
    line.append(
        String.format(Locale.ROOT, " | %,d calls | %s", usage.calls(), cost(usage.costUsd())));
    if (report.status() == RunStatus.RUNNING || report.status() == RunStatus.PAUSED) {
      line.append(" | ETA ")
          .append(report.etaSeconds() == null ? "--" : duration(report.etaSeconds()));
    }
    return line.toString();
  }

  /** Shown until the first progress query is answered. */
  public static String waiting(String runId, long secondsWaited) {
    return String.format(
        Locale.ROOT, "%s: waiting for a worker to answer (%s)", runId, duration(secondsWaited));
  }

  /** A short human duration: {@code 45s}, {@code 3m05s}, {@code 1h02m}, {@code 2d03h}. */
  public static String duration(long seconds) {
    long s = Math.max(0, seconds);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    if (s < 86_400) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
    return String.format(Locale.ROOT, "%dd%02dh", s / 86_400, (s % 86_400) / 3600);
  }

  /** Dollars with cents, or with four decimals below one dollar, where simulated runs live. */
  public static String cost(double usd) {
    return usd >= 1
        ? String.format(Locale.ROOT, "$%,.2f", usd)
        : String.format(Locale.ROOT, "$%.4f", usd);
  }

  static String score(Double score) {
    return score == null ? "-" : String.format(Locale.ROOT, "%.3f", score);
  }

  private static Double validationScore(ScoredPrompt prompt) {
    return prompt == null ? null : prompt.validationScore();
  }
}
