package dev.gradus.activities.sim;

import static dev.gradus.activities.sim.GeneratedCases.pick;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Generates the arithmetic task's questions, always the same ones. */
final class ArithmeticProblems {

  static final int COUNT = 240;
  private static final long SEED = 0xa817L;

  private static final List<String> QUESTIONS =
      List.of("What is %s?", "Compute %s.", "How much is %s?", "Calculate %s.");
  private static final List<String> NAMES = List.of("Sam", "Lena", "Omar", "Mia", "Raj", "Zoe");
  private static final List<String> ITEMS =
      List.of("apples", "stamps", "marbles", "books", "coins");

  private ArithmeticProblems() {}

  static List<SimulatedCase> generate(String taskName) {
    SplittableRandom random = new SplittableRandom(SEED);
    GeneratedCases out = new GeneratedCases(taskName);
    while (out.size() < COUNT) {
      double kind = random.nextDouble();
      if (kind < 0.15) {
        wordProblem(random, out);
      } else if (kind < 0.55) {
        sum(random, out);
      } else if (kind < 0.8) {
        mixed(random, out);
      } else {
        product(random, out);
      }
    }
    return out.list();
  }

  private static void wordProblem(SplittableRandom random, GeneratedCases out) {
    String name = pick(random, NAMES);
    String items = pick(random, ITEMS);
    int had = random.nextInt(5, 60);
    int got = random.nextInt(2, 40);
    int gave = random.nextInt(1, had + got);
    String input =
        "%s had %d %s, got %d more and gave away %d. How many %s does %s have now?"
            .formatted(name, had, items, got, gave, items, name);
    add(out, input, had + got - gave, Map.of());
  }

  /** Additions and subtractions, a third of them pushed below zero. */
  private static void sum(SplittableRandom random, GeneratedCases out) {
    boolean belowZero = random.nextInt(3) == 0;
    int value = random.nextInt(2, belowZero ? 30 : 99);
    StringBuilder words = new StringBuilder().append(value);
    int operands = random.nextInt(2, 4);
    for (int i = 1; i < operands; i++) {
      int n = random.nextInt(2, 99);
      boolean minus =
          belowZero ? i == 1 || random.nextBoolean() : random.nextBoolean() && n <= value;
      words.append(minus ? " minus " : " plus ").append(n);
      value += minus ? -n : n;
    }
    add(out, pick(random, QUESTIONS).formatted(words), value, Map.of());
  }

  /** "a plus b times c": read left to right it gives (a + b) * c, the literal reader's answer. */
  private static void mixed(SplittableRandom random, GeneratedCases out) {
    int a = random.nextInt(2, 50);
    int b = random.nextInt(2, 13);
    int c = random.nextInt(2, 13);
    boolean minus = random.nextBoolean();
    int value = minus ? a - b * c : a + b * c;
    int leftToRight = (minus ? a - b : a + b) * c;
    String words = "%d %s %d times %d".formatted(a, minus ? "minus" : "plus", b, c);
    add(
        out,
        pick(random, QUESTIONS).formatted(words),
        value,
        Map.of("precedence", String.valueOf(leftToRight)));
  }

  private static void product(SplittableRandom random, GeneratedCases out) {
    boolean wide = random.nextBoolean();
    int a = wide ? random.nextInt(120, 1000) : random.nextInt(25, 100);
    int b = wide ? random.nextInt(3, 10) : random.nextInt(25, 100);
    if (a * b >= 1000) {
      add(out, pick(random, QUESTIONS).formatted(a + " times " + b), a * b, Map.of());
    }
  }

  /** The requirements follow from the question and its value, so no generator can forget one. */
  private static void add(
      GeneratedCases out, String input, int value, Map<String, String> literal) {
    Set<String> needs = new HashSet<>(Set.of("core", "format"));
    if (literal.containsKey("precedence")) {
      needs.add("precedence");
    }
    if (value < 0) {
      needs.add("sign");
    }
    if (Math.abs(value) >= 1000) {
      needs.add("separators");
    }
    out.add(input, String.valueOf(value), needs, literal);
  }
}
