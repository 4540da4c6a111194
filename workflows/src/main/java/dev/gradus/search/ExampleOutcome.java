package dev.gradus.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the target model did on one train example with a candidate prompt.
 *
 * @param index the example's index within the train split
 * @param example the example, for imperfect answers only: those are the ones a critique shows, and
 *     fetching only them keeps the workflow's payloads small
 * @param output the model's answer, truncated, for imperfect answers only
 * @param score the metric's score in [0, 1]
 * @param feedback the metric's words on why the answer lost points, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExampleOutcome(
    int index, Example example, String output, double score, String feedback) {

  /** Whether the answer lost points: the errors a critique is written from. */
  public boolean wrong() {
    return score < 1.0;
  }
}
