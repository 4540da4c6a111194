package dev.gradus.cli;

import dev.gradus.search.Candidate;
import dev.gradus.search.ExampleMarks;
import dev.gradus.search.ScoreComparison;
import dev.gradus.search.ScoreInterval;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.JudgeTally;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A run report as people read it in a terminal. */
public final class ReportText {

  private static final int WRAP_COLUMN = 96;

  private ReportText() {}

  public static String format(RunReport r) {
    StringBuilder text = new StringBuilder();
    row(text, "Run", r.runId() + (r.name() == null ? "" : "  (" + r.name() + ")"));
    row(
        text,
        "Status",
        r.status() + (stopReasonAddsNothing(r) ? "" : "  (stopped by " + r.stopReason() + ")"));
    String elapsed =
        r.elapsedSeconds() == null ? "" : ", " + ProgressLine.duration(r.elapsedSeconds());
    if (r.strategy() != null) {
      row(
          text,
          "Strategy",
          r.strategy() + ", generation " + r.generation() + "/" + r.maxGenerations() + elapsed);
    }
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
    // A run that failed before scoring anything has no scores to compare.
    if (r.best() != null || r.seed() != null) {
      text.append(
          String.format(
              Locale.ROOT, "%n  %-6s %-" + SCORE_WIDTH + "s %s%n", "", "validation", "test"));
      scores(text, "best", r.best());
      scores(text, "seed", r.seed());
      String methods = methods(r);
      if (!methods.isEmpty()) {
        text.append("  [95% confidence intervals: ").append(methods).append("]\n");
      }
    }
    if (r.improvement() != null) {
      ScoreComparison gain = r.improvement();
      row(
          text,
          "\nImprovement",
          String.format(
              Locale.ROOT,
              "%+.3f on test over the seed (95%% CI %+.3f to %+.3f, %s, n=%d): %s",
              gain.difference(),
              gain.interval().low(),
              gain.interval().high(),
              gain.interval().method(),
              gain.examples(),
              gain.significant() ? "significant" : "not significant"));
    }
    if (r.best() != null && r.seed() != null && r.best().testResults() != null) {
      ExampleMarks.Difference d =
          ExampleMarks.compare(r.best().testResults(), r.seed().testResults());
      row(text, "Per example", "on test, the best is " + difference(d, "the seed"));
    }
    if (r.generations() != null && !r.generations().isEmpty()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%n  %-10s %6s %6s %10s %8s%n",
              "generation",
              "best",
              "mean",
              "candidates",
              "calls"));
      for (GenerationSummary g : r.generations()) {
        text.append(
            String.format(
                Locale.ROOT,
                "  %-10d %6.3f %6.3f %10d %8d%n",
                g.generation(),
                g.bestScore(),
                g.meanScore(),
                g.candidates(),
                g.calls()));
      }
    }
    if (r.lineage() != null && !r.lineage().isEmpty()) {
      row(
          text,
          "\nAncestry",
          // Oldest first; a candidate may have several parents (OPRO shows the optimizer the
          // best few), so this is the family of the best prompt rather than a single chain.
          r.lineage().stream().map(ReportText::step).collect(Collectors.joining(", "))
              + " (oldest first)");
    }
    Usage u = r.usage() == null ? Usage.NONE : r.usage();
    row(
        text,
        "Usage",
        String.format(
            Locale.ROOT,
            "%,d calls, %,d cache hits, %,d prompt + %,d completion tokens, %s",
            u.calls(),
            u.cacheHits(),
            u.promptTokens(),
            u.completionTokens(),
            ProgressLine.cost(u.costUsd())));
    if (u.judges() != null) {
      row(text, "Judges", judges(u.judges()));
    }
    return text.toString();
  }

  /** The judges' verdict counts and agreement: how far their scores can be trusted. */
  static String judges(JudgeTally t) {
    String agreement =
        t.pairs() == 0
            ? "agreement not measured (one usable verdict per answer)"
            : String.format(
                Locale.ROOT,
                "%.0f%% of %,d verdict pairs on the same answer agreed",
                100 * t.agreement(),
                t.pairs());
    return String.format(
        Locale.ROOT,
        "%,d usable verdicts, %,d unusable; %s",
        t.verdicts(),
        t.unusable(),
        agreement);
  }

  /**
   * The leaderboard and the best candidate's ancestry, a candidate per line: why the winner won, as
   * far as its scores, operations and notes tell.
   */
  public static String candidates(List<Candidate> leaderboard, List<Candidate> lineage) {
    Map<String, Candidate> known = new HashMap<>();
    lineage.forEach(c -> known.put(c.id(), c));
    leaderboard.forEach(c -> known.put(c.id(), c));
    StringBuilder text = new StringBuilder();
    text.append("Leaderboard (best first)\n");
    leaderboard.forEach(c -> candidate(text, c, known));
    if (leaderboard.isEmpty()) {
      text.append("  (no candidate scored on the whole validation split yet)\n");
    }
    text.append("\nAncestry of the best (oldest first)\n");
    lineage.forEach(c -> candidate(text, c, known));
    text.append(
        "\nresults: one mark per validation example, in order: + right, 0-9 partial (tenths),"
            + " . not scored\n");
    return text.toString();
  }

  /** Marks shown per candidate; longer splits are cut, the comparison lines still cover all. */
  private static final int MARKS_SHOWN = 120;

  /** Example indices listed in a comparison before "and N more". */
  private static final int INDICES_SHOWN = 12;

  /** "better than c3 on 4 examples (#1, #5, #9, #12), worse on none". */
  static String difference(ExampleMarks.Difference d, String other) {
    return "better than "
        + other
        + " on "
        + indices(d.better())
        + ", worse on "
        + indices(d.worse());
  }

  private static String indices(List<Integer> indices) {
    if (indices.isEmpty()) {
      return "none";
    }
    String shown =
        indices.stream().limit(INDICES_SHOWN).map(i -> "#" + i).collect(Collectors.joining(", "));
    int more = indices.size() - INDICES_SHOWN;
    return indices.size()
        + (indices.size() == 1 ? " example (" : " examples (")
        + shown
        + (more > 0 ? ", and " + more + " more" : "")
        + ")";
  }

  private static void candidate(StringBuilder text, Candidate c, Map<String, Candidate> known) {
    String score = c.score() == null ? "-" : score(c.score(), c.evaluated(), c.interval());
    String parents = c.parentIds().isEmpty() ? "" : " from " + String.join(", ", c.parentIds());
    text.append(
        String.format(
            Locale.ROOT,
            "  %-6s %-" + SCORE_WIDTH + "s gen %-3d %s%s%n",
            c.id(),
            score,
            c.generation(),
            c.operation() == null ? "?" : c.operation(),
            parents));
    text.append(indent(c.instruction(), "    ")).append('\n');
    if (c.note() != null && !c.note().isBlank()) {
      text.append("    why: ").append(c.note()).append('\n');
    }
    if (c.results() != null) {
      String marks = c.results();
      text.append("    results: ")
          .append(marks.length() <= MARKS_SHOWN ? marks : marks.substring(0, MARKS_SHOWN) + "...")
          .append('\n');
      for (String parentId : c.parentIds()) {
        Candidate parent = known.get(parentId);
        if (parent != null && parent.results() != null) {
          text.append("    ")
              .append(difference(ExampleMarks.compare(marks, parent.results()), parentId))
              .append('\n');
        }
      }
    }
  }

  /** "CANCELLED (stopped by cancelled)" says nothing twice. */
  private static boolean stopReasonAddsNothing(RunReport r) {
    return r.stopReason() == null
        || (r.status() != null && r.stopReason().equalsIgnoreCase(r.status().name()));
  }

  private static final int SCORE_WIDTH = 30;

  private static void scores(StringBuilder text, String label, ScoredPrompt p) {
    String validation =
        p == null
            ? "-"
            : score(p.validationScore(), p.validationExamples(), p.validationInterval());
    String test = p == null ? "-" : score(p.testScore(), p.testExamples(), p.testInterval());
    text.append(
        String.format(Locale.ROOT, "  %-6s %-" + SCORE_WIDTH + "s %s%n", label, validation, test));
  }

  /** "0.812 [0.703, 0.894] (n=60)". */
  private static String score(Double score, Integer examples, ScoreInterval interval) {
    if (score == null) {
      return "-";
    }
    String bounds =
        interval == null
            ? ""
            : String.format(Locale.ROOT, " [%.3f, %.3f]", interval.low(), interval.high());
    return ProgressLine.score(score)
        + bounds
        + (examples == null || examples == 0 ? "" : " (n=" + examples + ")");
  }

  /** The methods behind the intervals shown, as a reader needs them named. */
  private static String methods(RunReport r) {
    Set<String> methods = new TreeSet<>();
    for (ScoredPrompt p : new ScoredPrompt[] {r.best(), r.seed()}) {
      if (p != null) {
        for (ScoreInterval i : new ScoreInterval[] {p.validationInterval(), p.testInterval()}) {
          if (i != null) {
            methods.add(i.method());
          }
        }
      }
    }
    return String.join(", ", methods);
  }

  private static String step(Candidate c) {
    return c.id() + (c.operation() == null ? "" : " " + c.operation());
  }

  private static void row(StringBuilder text, String label, String value) {
    text.append(String.format(Locale.ROOT, "%-12s %s%n", label, value));
  }

  /** The instruction indented and wrapped at word boundaries; its own line breaks are kept. */
  private static String indent(String instruction) {
    return indent(instruction, "  ");
  }

  /** The instruction wrapped at {@link #WRAP_COLUMN}, each line starting with {@code prefix}. */
  private static String indent(String instruction, String prefix) {
    if (instruction == null) {
      return prefix + "-";
    }
    int start = prefix.length();
    StringBuilder wrapped = new StringBuilder();
    for (String paragraph : instruction.strip().split("\n", -1)) {
      StringBuilder line = new StringBuilder(prefix);
      for (String word : paragraph.split(" ")) {
        if (line.length() > start && line.length() + 1 + word.length() > WRAP_COLUMN) {
          wrapped.append(line).append('\n');
          line = new StringBuilder(prefix);
        }
        line.append(line.length() > start ? " " : "").append(word);
      }
      wrapped.append(line).append('\n');
    }
    return wrapped.substring(0, wrapped.length() - 1);
  }
}
