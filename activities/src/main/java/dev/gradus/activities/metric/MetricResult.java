package dev.gradus.activities.metric;

/**
 * One answer's score and, when it lost points, why.
 *
 * @param score in [0, 1], 1 meaning fully correct
 * @param feedback a short sentence saying what was expected and what came, or null when perfect
 */
public record MetricResult(double score, String feedback) {

  private static final MetricResult CORRECT = new MetricResult(1.0, null);

  public MetricResult {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    if (score < 1 && (feedback == null || feedback.isBlank())) {
      throw new IllegalArgumentException("an imperfect score needs feedback");
    }
    if (score == 1) {
      feedback = null;
    }
  }

  public static MetricResult correct() {
    return CORRECT;
  }

  public static MetricResult wrong(String feedback) {
    return new MetricResult(0.0, feedback);
  }

  public boolean isCorrect() {
    return score == 1.0;
  }
}
