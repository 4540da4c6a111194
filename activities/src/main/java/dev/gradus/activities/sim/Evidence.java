package dev.gradus.activities.sim;

import dev.gradus.activities.sim.MetaPromptReading.ShownExample;
import java.util.ArrayList;
import java.util.List;

/**
 * What a meta-prompt shows the simulated optimizer about the task, beyond the instructions: the
 * known examples among those it lists, the errors among them, and the words of any critique.
 */
record Evidence(List<TaskIndex.Entry> shown, List<SeenError> errors, List<String> critiqueStems) {

  /** One error shown to the optimizer, on an example the simulation knows. */
  record SeenError(SimulatedCase example, String expected, String got) {}

  Evidence {
    shown = List.copyOf(shown);
    errors = List.copyOf(errors);
    critiqueStems = List.copyOf(critiqueStems);
  }

  static Evidence gather(MetaPromptReading reading, TaskIndex index) {
    List<TaskIndex.Entry> shown = new ArrayList<>();
    List<SeenError> errors = new ArrayList<>();
    for (ShownExample example : reading.examples()) {
      index
          .lookup(example.input())
          .ifPresent(
              entry -> {
                shown.add(entry);
                if (example.isError()) {
                  errors.add(new SeenError(entry.example(), example.expected(), example.got()));
                }
              });
    }
    return new Evidence(shown, errors, WordStems.of(reading.critique()));
  }

  /** Errors and critique say what went wrong; examples and scores only hint at it. */
  boolean hasFeedback() {
    return !errors.isEmpty() || !critiqueStems.isEmpty();
  }
}
