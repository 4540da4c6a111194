package dev.gradus.activities.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated target model: answers the example a prompt asks about, right or wrong depending on
 * which of the example's requirements the rest of the prompt expresses.
 */
final class SimulatedTarget {

  /** How often a requirement the instruction leaves out is broken: literal models rarely guess. */
  static final double MISS = 0.87;

  /** Demonstrations teach a format without words, though less reliably than saying it. */
  static final double MISS_WITH_DEMOS = 0.4;

  /** How often an expressed requirement is broken anyway, at temperature 0. */
  static final double SLIP = 0.03;

  private static final List<String> UNKNOWN =
      List.of("I am not sure.", "I don't know.", "Could you rephrase the question?");

  private final TaskIndex index;

  SimulatedTarget(TaskIndex index) {
    this.index = index;
  }

  String answer(String prompt, double temperature, int sample) {
    SplittableRandom random = Seeds.forReply(temperature, sample, prompt);
    // The simulation only knows its own tasks; anything else gets a plausible non-answer.
    return index
        .findQuery(prompt)
        .map(query -> answer(query, prompt, temperature, random))
        .orElseGet(() -> UNKNOWN.get(random.nextInt(UNKNOWN.size())));
  }

  private String answer(
      TaskIndex.Query query, String prompt, double temperature, SplittableRandom random) {
    SimulatedTask task = query.asked().task();
    SimulatedCase example = query.asked().example();
    String instructionText = instructionOf(prompt, query);
    List<String> instruction = WordStems.of(instructionText);
    double slip = SLIP + 0.04 * Math.min(temperature, 1.0);
    String answer = example.example().target();
    for (Requirement requirement : task.requirements()) {
      if (!example.needs().contains(requirement.id())) {
        continue;
      }
      double miss = shownByDemos(requirement, query) ? MISS_WITH_DEMOS : MISS;
      double failure = requirement.expressedBy(instruction) ? slip : miss;
      if (random.nextDouble() < failure) {
        answer = requirement.corrupt(answer, example, random);
        if (requirement == task.core()) {
          return answer; // off-task: nothing else about the answer matters any more
        }
      }
    }
    for (HarmfulPhrase harmful : Distractions.HARMFUL) {
      if (harmful.presentIn(instructionText)
          && random.nextDouble() < Distractions.HARM_PROBABILITY) {
        answer = harmful.damage().apply(answer, example, random);
      }
    }
    return answer;
  }

  /**
   * Whether a demonstration teaches the requirement: one of them needs it, so its answer shows it
   * (a demo with a negative result shows the minus sign; a demo of 7 + 5 shows nothing about it).
   */
  private static boolean shownByDemos(Requirement requirement, TaskIndex.Query query) {
    return requirement.shownByDemos()
        && query.demos().stream()
            .anyMatch(demo -> demo.example().needs().contains(requirement.id()));
  }

  /** The prompt without the query and demonstration inputs: only the instruction's words count. */
  static String instructionOf(String prompt, TaskIndex.Query query) {
    List<String> inputs = new ArrayList<>();
    inputs.add(query.asked().input());
    query.demos().forEach(demo -> inputs.add(demo.input()));
    inputs.sort(Comparator.comparingInt(String::length).reversed());
    String instruction = prompt;
    for (String input : inputs) {
      instruction = instruction.replace(input, " ");
    }
    return instruction;
  }
}
