package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How candidates are scored on the validation split.
 *
 * @param minibatch for successive halving: the number of validation examples of the first round
 * @param selection {@code full} scores every candidate on the whole validation split; {@code
 *     successive_halving} starts on a minibatch and doubles it each round for the candidates that
 *     are not clearly behind the best so far (see IncumbentRace); {@code successive_rejects}
 *     (Audibert and Bubeck, 2010) drops the worst candidate after each of K − 1 phases of growing
 *     length, the last survivor reaching the whole split
 * @param samples target answers per example, each a call, whose scores are averaged: more than 1
 *     measures a stochastic target (temperature above 0) rather than one draw of it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationSpec(Integer minibatch, String selection, Integer samples) {

  public static final String FULL = "full";
  public static final String SUCCESSIVE_HALVING = "successive_halving";
  public static final String SUCCESSIVE_REJECTS = "successive_rejects";
  static final EvaluationSpec DEFAULT = new EvaluationSpec(32, FULL, 1);

  EvaluationSpec withDefaults() {
    return new EvaluationSpec(
        minibatch == null ? DEFAULT.minibatch : minibatch,
        selection == null ? DEFAULT.selection : selection,
        samples == null ? DEFAULT.samples : samples);
  }

  /** Calls per scored example; 1 in runs recorded before samples existed. */
  public int samplesPerExample() {
    return samples == null ? 1 : samples;
  }
}
