package dev.gradus.activities.sim;

import dev.gradus.search.Example;
import java.util.Map;
import java.util.Set;

/**
 * One generated example together with what the simulation knows about it.
 *
 * @param needs the ids of the requirements an instruction must express for this example to be
 *     answered right; every example needs its task's core requirement
 * @param literalAnswers for some requirements, the wrong answer a model that ignores them gives
 *     (the first clause's label of a "good, but bad" review, the last city of two)
 */
public record SimulatedCase(
    Example example, Set<String> needs, Map<String, String> literalAnswers) {

  public SimulatedCase {
    needs = Set.copyOf(needs);
    literalAnswers = Map.copyOf(literalAnswers);
  }
}
