package dev.gradus.activities.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sentence-level recombinations behind the simulated optimizer's answers to EvoPrompt's
 * templates. Like {@link InstructionEdits}, each returns a new list; whether a child is better is
 * for the target model to show.
 */
final class InstructionBreeding {

  /**
   * How likely a crossover child inherits one sentence of the second parent that adds to the first.
   */
  static final double INHERIT = 0.5;

  /** How likely a crossover child loses one sentence of the parent it starts from. */
  static final double LOSE = 0.2;

  private InstructionBreeding() {}

  /**
   * A crossover of two instructions: one parent, chosen at random, plus about half of what the
   * other says that it does not, and now and then minus one of its own sentences, as an LLM's merge
   * of two prompts keeps much of both but rarely all.
   */
  static List<String> crossover(
      List<String> a, List<String> b, SimulatedTask task, SplittableRandom random) {
    boolean aFirst = random.nextBoolean();
    List<String> base = aFirst ? a : b;
    List<String> other = aFirst ? b : a;
    if (random.nextDouble() < LOSE) {
      base = InstructionEdits.dropOne(base, random);
    }
    List<String> inherited = new ArrayList<>();
    for (String sentence : other) {
      if (random.nextDouble() < INHERIT) {
        inherited.add(sentence);
      }
    }
    return InstructionEdits.recombine(base, inherited, task);
  }

  /**
   * EvoPrompt's DE step: the sentences in which the donors differ, each reworded (the mutation),
   * added to the best instruction where they say something new, and the result crossed over with
   * the basic instruction.
   */
  static List<String> differential(
      BreedingRequest request, SimulatedTask task, SplittableRandom random) {
    List<String> donor1 = InstructionEdits.sentences(request.first());
    List<String> donor2 = InstructionEdits.sentences(request.second());
    List<String> mutated = new ArrayList<>();
    for (String sentence : differing(donor1, donor2)) {
      mutated.add(InstructionEdits.paraphrase(List.of(sentence), task, random).get(0));
    }
    List<String> combined =
        InstructionEdits.recombine(InstructionEdits.sentences(request.best()), mutated, task);
    return crossover(combined, InstructionEdits.sentences(request.basic()), task, random);
  }

  /** The sentences of each list that the other does not hold, first list first. */
  static List<String> differing(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>();
    a.stream().filter(s -> !InstructionEdits.holds(b, s)).forEach(out::add);
    b.stream().filter(s -> !InstructionEdits.holds(a, s)).forEach(out::add);
    return out;
  }
}
