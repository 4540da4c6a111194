package dev.gradus.activities.metric;

import dev.gradus.search.Example;

/** The whole answer, trimmed and with whitespace collapsed, equals one of the targets. */
final class ExactMatchMetric implements Metric {

  private final boolean ignoreCase;

  ExactMatchMetric(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  @Override
  public MetricResult score(Example example, String output) {
    if (AnswerText.isEmpty(output)) {
      return AnswerText.emptyAnswer(example);
    }
    return matches(example, output) ? MetricResult.correct() : AnswerText.mismatch(example, output);
  }

  /** Shared with the regex metric, which compares the answer it extracts the same way. */
  boolean matches(Example example, String answer) {
    String normalized = AnswerText.normalize(answer, ignoreCase);
    return example.targets().stream()
        .anyMatch(target -> AnswerText.normalize(target, ignoreCase).equals(normalized));
  }
}
