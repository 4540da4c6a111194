package dev.gradus.activities.sim;

import static dev.gradus.activities.sim.GeneratedCases.pick;

import dev.gradus.activities.sim.Requirement.Discovery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A needle in a haystack: small sums whose expected answers are Roman numerals. Every example needs
 * that one rule, so until an instruction states it nearly every answer is wrong; and nobody guesses
 * it from the task's wording, only from labelled examples (or errors) that show it.
 */
final class RomanTask {

  static final String NAME = "roman";
  static final int COUNT = 240;
  private static final long SEED = 0x40a1L;

  private RomanTask() {}

  static SimulatedTask create() {
    return new SimulatedTask(
        NAME,
        "Carry out a small sum that a sentence asks for; the answers are Roman numerals.",
        "Carry out the request.",
        List.of(core(), roman()),
        generate());
  }

  private static Requirement core() {
    // Cues unlike the arithmetic task's, so the simulation tells the two tasks apart.
    return new Requirement(
        "core",
        CueSet.of("carry out", "what the sentence asks", "perform the request", "the request"),
        List.of(
            "Carry out what the sentence asks: add, subtract, multiply or double its numbers.",
            "Do what the sentence asks with its numbers.",
            "Perform the request in the sentence and give the resulting number."),
        Corruption.offTask(
            List.of("Those are two numbers.", "Sure, I can help with that.", "Okay.")),
        false);
  }

  private static Requirement roman() {
    return new Requirement(
            "roman",
            CueSet.of("roman", "numeral"),
            List.of(
                "Write the answer in Roman numerals, such as XLII for 42.",
                "Give the result as a Roman numeral, not in digits.",
                "Answer with Roman numerals only."),
            Corruption.literal("roman"),
            true)
        .discoveredBy(Discovery.EXAMPLES);
  }

  private static List<SimulatedCase> generate() {
    SplittableRandom random = new SplittableRandom(SEED);
    GeneratedCases out = new GeneratedCases(NAME);
    while (out.size() < COUNT) {
      int a = random.nextInt(2, 60);
      int b = random.nextInt(2, 60);
      String input;
      int value;
      switch (random.nextInt(4)) {
        case 0 -> {
          input = pick(random, List.of("Add %d and %d.", "Add %d to %d.")).formatted(a, b);
          value = a + b;
        }
        case 1 -> {
          b = random.nextInt(2, 13);
          input = "Multiply %d by %d.".formatted(a, b);
          value = a * b;
        }
        case 2 -> {
          input = "Subtract %d from %d.".formatted(Math.min(a, b), Math.max(a, b) + 1);
          value = Math.max(a, b) + 1 - Math.min(a, b);
        }
        default -> {
          input = "Double %d.".formatted(a * 7 + b);
          value = 2 * (a * 7 + b);
        }
      }
      out.add(
          input,
          roman(value),
          Set.of("core", "roman"),
          Map.of("roman", String.valueOf(value), "core", String.valueOf(value)));
    }
    return out.list();
  }

  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  /** {@code value} in Roman numerals; the sums stay between 1 and 3999. */
  static String roman(int value) {
    StringBuilder out = new StringBuilder();
    int rest = value;
    for (int i = 0; i < VALUES.length; i++) {
      while (rest >= VALUES[i]) {
        out.append(SYMBOLS[i]);
        rest -= VALUES[i];
      }
    }
    return out.toString();
  }
}
