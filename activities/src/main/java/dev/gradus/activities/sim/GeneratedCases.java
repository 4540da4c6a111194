package dev.gradus.activities.sim;

import dev.gradus.search.Example;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Collects the examples a task generator draws, dropping repeated inputs: the simulated target
 * finds the example it is asked about by its input, so every input must name one example.
 */
final class GeneratedCases {

  private final String taskName;
  private final List<SimulatedCase> cases = new ArrayList<>();
  private final Set<String> inputs = new HashSet<>();

  GeneratedCases(String taskName) {
    this.taskName = taskName;
  }

  int size() {
    return cases.size();
  }

  void add(String input, String target, Set<String> needs, Map<String, String> literalAnswers) {
    if (inputs.add(input)) {
      Example example = new Example("sim-" + taskName + "/" + cases.size(), input, target);
      cases.add(new SimulatedCase(example, needs, literalAnswers));
    }
  }

  List<SimulatedCase> list() {
    return List.copyOf(cases);
  }

  static <T> T pick(SplittableRandom random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
