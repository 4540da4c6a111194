package dev.gradus.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One run a schedule started and what came of it.
 *
 * @param number 1 for the schedule's first run, and so on
 * @param runStatus how the run ended: COMPLETED, CANCELLED, FAILED
 * @param challenger the run's best instruction; null if the run produced none
 * @param challengerScore its mean score on the held-out test examples of the comparison
 * @param incumbentScore the incumbent's mean score on the same examples
 * @param pValue the promotion rule's one-sided sign test p-value
 * @param reason the decision in one sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledRun(
    int number,
    String runId,
    String startedAt,
    String finishedAt,
    String runStatus,
    String challenger,
    Double challengerScore,
    Double incumbentScore,
    Integer examples,
    Integer wins,
    Integer losses,
    Double pValue,
    boolean promoted,
    String reason) {

  static ScheduledRun withoutComparison(
      int number, String runId, String startedAt, String finishedAt, String status, String reason) {
    return new ScheduledRun(
        number,
        runId,
        startedAt,
        finishedAt,
        status,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        reason);
  }
}
