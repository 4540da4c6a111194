package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How candidates are scored on the validation split.
 *
 * @param minibatch for successive halving: the number of validation examples of the first round
 * @param selection {@code full} scores every candidate on the whole validation split; {@code
 *     successive_halving} starts on a minibatch and doubles it for the better half each round;
 *     {@code successive_rejects} (Audibert and Bubeck, 2010) drops the worst candidate after each
 *     of K − 1 phases of growing length, the last survivor reaching the whole split
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationSpec(Integer minibatch, String selection) {

  public static final String FULL = "full";
  public static final String SUCCESSIVE_HALVING = "successive_halving";
  public static final String SUCCESSIVE_REJECTS = "successive_rejects";
  static final EvaluationSpec DEFAULT = new EvaluationSpec(32, FULL);

  EvaluationSpec withDefaults() {
    return new EvaluationSpec(
        minibatch == null ? DEFAULT.minibatch : minibatch,
        selection == null ? DEFAULT.selection : selection);
  }
}
