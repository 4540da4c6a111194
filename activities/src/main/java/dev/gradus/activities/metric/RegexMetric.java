package dev.gradus.activities.metric;

import dev.gradus.search.Example;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Two uses of regular expressions. With a {@code pattern}, it extracts the answer from a verbose
 * output (its first group, or the whole match, of the first match) and compares that to the targets
 * as exact_match does. Without one, every target is itself a pattern that must occur in the output.
 */
final class RegexMetric implements Metric {

  private final Pattern pattern;
  private final int flags;
  private final ExactMatchMetric exact;
  // Targets repeat across thousands of examples, so each is compiled once, invalid ones included.
  private final Map<String, TargetPattern> compiledTargets = new ConcurrentHashMap<>();

  /** A target compiled as a pattern, or why it could not be. */
  private record TargetPattern(Pattern pattern, String error) {}

  /**
   * @param pattern the extraction pattern, or null to treat targets as patterns
   * @throws IllegalArgumentException when {@code pattern} is not a valid regular expression
   */
  RegexMetric(String pattern, boolean ignoreCase) {
    this.flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    this.exact = new ExactMatchMetric(ignoreCase);
    try {
      this.pattern = pattern == null ? null : Pattern.compile(pattern, flags);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "task.metric.pattern: not a valid regular expression: " + e.getDescription(), e);
    }
  }

  @Override
  public MetricResult score(Example example, String output) {
    if (AnswerText.isEmpty(output)) {
      return AnswerText.emptyAnswer(example);
    }
    return pattern != null ? extractAndCompare(example, output) : findTargets(example, output);
  }

  private MetricResult extractAndCompare(Example example, String output) {
    Matcher matcher = pattern.matcher(output);
    if (!matcher.find()) {
      return MetricResult.wrong(
          "expected %s but found no match for /%s/ in %s"
              .formatted(
                  AnswerText.expected(example), pattern.pattern(), AnswerText.quote(output)));
    }
    String answer =
        matcher.groupCount() >= 1 && matcher.group(1) != null ? matcher.group(1) : matcher.group();
    if (exact.matches(example, answer)) {
      return MetricResult.correct();
    }
    String expected = AnswerText.expected(example);
    return MetricResult.wrong(
        "expected %s but the answer found by /%s/ was %s in %s"
            .formatted(
                expected, pattern.pattern(), AnswerText.quote(answer), AnswerText.quote(output)));
  }

  private MetricResult findTargets(Example example, String output) {
    String invalid = null;
    for (String target : example.targets()) {
      TargetPattern compiled = compiledTargets.computeIfAbsent(target, this::compile);
      if (compiled.pattern() == null) {
        invalid =
            "target "
                + AnswerText.quote(target)
                + " is not a valid regular expression ("
                + compiled.error()
                + "), so no answer can match it";
      } else if (compiled.pattern().matcher(output).find()) {
        return MetricResult.correct();
      }
    }
    if (invalid != null) {
      // The data, not the model, is at fault here; saying so keeps optimizers from chasing it.
      return MetricResult.wrong(invalid);
    }
    return MetricResult.wrong(
        "expected a match for %s but got %s"
            .formatted(AnswerText.expected(example), AnswerText.quote(output)));
  }

  private TargetPattern compile(String target) {
    try {
      return new TargetPattern(Pattern.compile(target, flags), null);
    } catch (PatternSyntaxException e) {
      return new TargetPattern(null, e.getDescription());
    }
  }
}
