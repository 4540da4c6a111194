package dev.gradus.activities.sim;

import dev.gradus.search.Example;
import java.util.List;

/** Exact-match accuracy of an instruction under Gradus' default prompt template. */
final class Accuracy {

  private Accuracy() {}

  static String prompt(String instruction, Example example) {
    return instruction + "\n\nInput: " + example.input() + "\nOutput:";
  }

  static double of(SimulatedLlm llm, String instruction, List<Example> examples) {
    long right =
        examples.stream()
            .filter(e -> llm.answer(prompt(instruction, e), 0.0, 0).strip().equals(e.target()))
            .count();
    return (double) right / examples.size();
  }
}
