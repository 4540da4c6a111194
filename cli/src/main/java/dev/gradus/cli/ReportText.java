package dev.gradus.cli;

import dev.gradus.search.Candidate;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import java.util.Locale;
import java.util.stream.Collectors;

/** A run report as people read it in a terminal. */
public final class ReportText {

  private ReportText() {}

  public static String format(RunReport r) {
    StringBuilder text = new StringBuilder();
    row(text, "Run", r.runId() + (r.name() == null ? "" : "  (" + r.name() + ")"));
    row(text, "Status", r.status() + (r.stopReason() == null ? "" : "  (stopped by " + r.stopReason() + ")"));
    String elapsed = r.elapsedSeconds() == null ? "" : ", " + ProgressLine.duration(r.elapsedSeconds());
    row(text, "Strategy", r.strategy() + ", generation " + r.generation() + "/" + r.maxGenerations() + elapsed);
    if (r.error() != null) {
      row(text, "Error", r.error());
    }
    if (r.best() != null) {
      row(text, "Best prompt", r.best().id() == null ? "" : r.best().id());
      text.append(indent(r.best().instruction())).append('\n');
      if (r.best().demos() != null && !r.best().demos().isEmpty()) {
        text.append("  + demos (train examples) ").append(r.best().demos()).append('\n');
      }
    }
    text.append(String.format(Locale.ROOT, "%n  %-6s %-18s %s%n", "", "validation", "test"));
    scores(text, "best", r.best());
    scores(text, "seed", r.seed());
    if (r.generations() != null && !r.generations().isEmpty()) {
      text.append(String.format(Locale.ROOT, "%n  %-10s %6s %6s %10s %8s%n", "generation", "best", "mean", "candidates", "calls"));
      for (GenerationSummary g : r.generations()) {
        text.append(
            String.format(
                Locale.ROOT, "  %-10d %6.3f %6.3f %10d %8d%n", g.generation(), g.bestScore(), g.meanScore(), g.candidates(), g.calls()));
      }
    }
    if (r.lineage() != null && !r.lineage().isEmpty()) {
      row(text, "\nLineage", r.lineage().stream().map(ReportText::step).collect(Collectors.joining(" -> ")));
    }
    Usage u = r.usage() == null ? Usage.NONE : r.usage();
    row(
        text,
        "Usage",
        String.format(
            Locale.ROOT,
            "%,d calls, %,d cache hits, %,d prompt + %,d completion tokens, %s",
            u.calls(), u.cacheHits(), u.promptTokens(), u.completionTokens(), ProgressLine.cost(u.costUsd())));
    return text.toString();
  }

  private static void scores(StringBuilder text, String label, ScoredPrompt p) {
    String validation = p == null ? "-" : score(p.validationScore(), p.validationExamples());
    String test = p == null ? "-" : score(p.testScore(), p.testExamples());
    text.append(String.format(Locale.ROOT, "  %-6s %-18s %s%n", label, validation, test));
  }

  private static String score(Double score, Integer examples) {
    if (score == null) {
      return "-";
    }
    return ProgressLine.score(score) + (examples == null || examples == 0 ? "" : " (n=" + examples + ")");
  }

  private static String step(Candidate c) {
    return c.id() + (c.operation() == null ? "" : " " + c.operation());
  }

  private static void row(StringBuilder text, String label, String value) {
    text.append(String.format(Locale.ROOT, "%-12s %s%n", label, value));
  }

  private static String indent(String instruction) {
    return instruction == null ? "  -" : "  " + instruction.strip().replace("\n", "\n  ");
  }
}
