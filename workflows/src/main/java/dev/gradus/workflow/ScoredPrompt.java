package dev.gradus.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gradus.search.ScoreInterval;
import java.util.List;

/**
 * A prompt and its scores in a report.
 *
 * @param validationScore mean score on the validation examples it was evaluated on
 * @param testScore mean score on the whole test split; null until the run has finished
 * @param validationInterval the 95% confidence interval of the validation score
 * @param testInterval the 95% confidence interval of the test score; null until the run has
 *     finished
 * @param testResults its score on each test example, as {@link dev.gradus.search.ExampleMarks}: set
 *     beside the seed's, they show which examples the best fixed and which it broke; null until the
 *     run has finished
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoredPrompt(
    String id,
    String instruction,
    List<Integer> demos,
    Double validationScore,
    int validationExamples,
    Double testScore,
    Integer testExamples,
    ScoreInterval validationInterval,
    ScoreInterval testInterval,
    String testResults) {

  /** A prompt without per-example test results, as reports before the test step have. */
  public ScoredPrompt(
      String id,
      String instruction,
      List<Integer> demos,
      Double validationScore,
      int validationExamples,
      Double testScore,
      Integer testExamples,
      ScoreInterval validationInterval,
      ScoreInterval testInterval) {
    this(
        id,
        instruction,
        demos,
        validationScore,
        validationExamples,
        testScore,
        testExamples,
        validationInterval,
        testInterval,
        null);
  }
}
