package dev.gradus.activities.metric;

import dev.gradus.search.Example;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Normalization and quoting shared by the metrics, so they agree on what "the same answer" means.
 */
final class AnswerText {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int QUOTE_LIMIT = 200;
  private static final int TARGETS_SHOWN = 3;

  private AnswerText() {}

  static boolean isEmpty(String output) {
    return output == null || output.isBlank();
  }

  /** Trimmed, with every run of whitespace (newlines included) turned into one space. */
  static String normalize(String text, boolean ignoreCase) {
    String collapsed = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    return ignoreCase ? collapsed.toLowerCase(Locale.ROOT) : collapsed;
  }

  /**
   * Text in double quotes on one line, cut short so feedback stays a sentence, not a transcript.
   */
  static String quote(String text) {
    String line = normalize(text, false);
    if (line.length() <= QUOTE_LIMIT) {
      return "\"" + line + "\"";
    }
    return "\"" + line.substring(0, QUOTE_LIMIT) + "...\" (" + line.length() + " characters)";
  }

  /** {@code "a"}, or {@code one of "a", "b"}, naming at most a few of a long list. */
  static String expected(Example example) {
    List<String> targets = example.targets();
    if (targets.size() == 1) {
      return quote(targets.get(0));
    }
    String shown =
        targets.stream()
            .limit(TARGETS_SHOWN)
            .map(AnswerText::quote)
            .collect(Collectors.joining(", "));
    int more = targets.size() - TARGETS_SHOWN;
    return "one of " + shown + (more > 0 ? " (and " + more + " more)" : "");
  }

  /** The feedback for a null or blank answer, the same for every metric. */
  static MetricResult emptyAnswer(Example example) {
    return MetricResult.wrong("expected " + expected(example) + " but got an empty answer");
  }

  static MetricResult mismatch(Example example, String output) {
    return MetricResult.wrong("expected " + expected(example) + " but got " + quote(output));
  }
}
