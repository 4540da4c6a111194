package dev.gradus.activities.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a meta-prompt shows the simulated optimizer: instructions (with scores, in an OPRO
 * trajectory), labelled examples, errors and free-text critique.
 */
record MetaPromptReading(
    List<ShownInstruction> instructions, List<ShownExample> examples, String critique) {

  /** An instruction shown between {@code <INS>} tags; {@code score} is null when none follows. */
  record ShownInstruction(String text, Double score) {}

  /**
   * An {@code Input:} block with its {@code Output:}, or its {@code Expected:} and {@code Got:}.
   */
  record ShownExample(String input, String output, String expected, String got) {

    boolean isError() {
      return expected != null && got != null && !expected.strip().equals(got.strip());
    }
  }

  MetaPromptReading {
    instructions = List.copyOf(instructions);
    examples = List.copyOf(examples);
  }

  boolean hasScores() {
    return instructions.stream().anyMatch(i -> i.score() != null);
  }

  List<ShownExample> errors() {
    return examples.stream().filter(ShownExample::isError).toList();
  }

  /** Scored instructions best first, or all of them last-shown first when none has a score. */
  List<ShownInstruction> bestFirst() {
    if (!hasScores()) {
      List<ShownInstruction> reversed = new ArrayList<>(instructions);
      Collections.reverse(reversed);
      return reversed;
    }
    return instructions.stream()
        .filter(i -> i.score() != null)
        .sorted(Comparator.comparingDouble(ShownInstruction::score).reversed())
        .toList();
  }

  Optional<String> base() {
    return bestFirst().stream().findFirst().map(ShownInstruction::text);
  }
}
