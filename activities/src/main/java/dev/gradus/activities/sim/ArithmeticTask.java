package dev.gradus.activities.sim;

import java.util.List;
import java.util.Locale;

/**
 * Arithmetic questions in words ("What is 17 plus 25 minus 3?"), answered with the number in
 * digits. The traps: mixed operations that need the order of operations, negative results whose
 * minus sign a careless model drops, and large products that it writes with thousands separators.
 * Demonstrations teach the answer format, the minus sign and unseparated digits without words, but
 * each only when one of them shows it, so which demonstrations a prompt holds matters.
 */
final class ArithmeticTask {

  static final String NAME = "arithmetic";

  private ArithmeticTask() {}

  static SimulatedTask create() {
    return new SimulatedTask(
        NAME,
        "Compute the value of short arithmetic questions and word problems; answer in digits.",
        "Solve the problem.",
        requirements(),
        ArithmeticProblems.generate(NAME));
  }

  private static List<Requirement> requirements() {
    Requirement core =
        new Requirement(
            "core",
            CueSet.of(
                "calculate",
                "compute",
                "solve",
                "evaluate",
                "arithmetic",
                "math",
                "work out",
                "result of",
                "value of"),
            List.of(
                "Compute the result of the arithmetic problem.",
                "Solve the math problem.",
                "Calculate the value of the expression in the question."),
            Corruption.offTask(
                List.of(
                    "This is a math question.",
                    "Let me know if you need help with anything else!",
                    "That looks like homework.",
                    "I see several numbers here.")),
            false);
    Requirement precedence =
        new Requirement(
            "precedence",
            CueSet.of(
                "order of operations",
                "precedence",
                "before adding",
                "multiply first",
                "multiplication first",
                "pemdas",
                "bodmas"),
            List.of(
                "Follow the order of operations: multiply before adding or subtracting.",
                "Respect operator precedence, so multiplication comes before addition and"
                    + " subtraction.",
                "Do multiplication first, then addition and subtraction (PEMDAS)."),
            Corruption.literal("precedence"),
            false);
    Requirement sign =
        new Requirement(
            "sign",
            CueSet.of(
                "minus sign",
                "negative sign",
                "negative result",
                "negative number",
                "keep the sign",
                "below zero"),
            List.of(
                "If the result is negative, keep the minus sign.",
                "Negative results must keep their minus sign, as in -7.",
                "Do not drop the sign of a negative number."),
            (answer, example, random) -> answer.replace("-", ""),
            true);
    Requirement separators =
        new Requirement(
            "separators",
            CueSet.of(
                "comma", "thousands separator", "separator", "group digits", "group the digits"),
            List.of(
                "Write large numbers without commas or thousands separators.",
                "Never group digits with commas: write 12345, not 12,345.",
                "Use no thousands separators in large numbers."),
            (answer, example, random) ->
                answer.matches("-?\\d+")
                    ? String.format(Locale.US, "%,d", Long.parseLong(answer))
                    : answer,
            true);
    Requirement format =
        new Requirement(
            "format",
            CueSet.of(
                "number only",
                "only the number",
                "just the number",
                "only digits",
                "digits only",
                "nothing else",
                "no words",
                "bare number"),
            List.of(
                "Answer with the number only, written in digits.",
                "Reply with just the number and nothing else.",
                "Give only the number, with no words around it."),
            Corruption.wrap(
                List.of(
                    "The answer is %s.",
                    "Answer: %s", "%s is the result.", "The result is %s.", "It equals %s.")),
            true);
    return List.of(core, precedence, sign, separators, format);
  }
}
