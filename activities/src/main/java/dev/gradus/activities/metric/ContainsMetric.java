package dev.gradus.activities.metric;

import dev.gradus.search.Example;

/** The answer contains one of the targets, for models that wrap the label in a sentence. */
final class ContainsMetric implements Metric {

  private final boolean ignoreCase;

  ContainsMetric(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  @Override
  public MetricResult score(Example example, String output) {
    if (AnswerText.isEmpty(output)) {
      return AnswerText.emptyAnswer(example);
    }
    String answer = AnswerText.normalize(output, ignoreCase);
    // An empty target would be "contained" in any answer, so it never counts as found.
    boolean found =
        example.targets().stream()
            .map(target -> AnswerText.normalize(target, ignoreCase))
            .anyMatch(target -> !target.isEmpty() && answer.contains(target));
    if (found) {
      return MetricResult.correct();
    }
    return MetricResult.wrong(
        "expected the answer to contain %s but got %s"
            .formatted(AnswerText.expected(example), AnswerText.quote(output)));
  }
}
