package dev.gradus.activities.sim;

import static dev.gradus.activities.sim.GeneratedCases.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated optimizer's answer to a request for critiques ("give 4 reasons why the prompt could
 * have gotten these examples wrong", ProTeGi's "gradient"). Each reason names a requirement the
 * prompt lacks with a probability that grows with the evidence shown, as an edit adds one: the
 * wrong answers most, then examples alone; and which requirement it names follows the evidence, so
 * an error that a requirement's mistake explains points the critique at that requirement. The other
 * reasons are vague, as real critiques often are, and name nothing an edit could use.
 */
final class CritiqueWriter {

  private static final Pattern REQUEST =
      Pattern.compile("(\\d+)\\s+reasons?\\s+why", Pattern.CASE_INSENSITIVE);

  /** Reasons that name no requirement of any simulated task (a test checks it). */
  static final List<String> VAGUE =
      List.of(
          "The prompt is too short to guide the model.",
          "The prompt could be worded more clearly.",
          "The prompt gives the model too little context about the task.",
          "The model may have misunderstood what the prompt wants.");

  private static final List<String> NAMING =
      List.of(
          "The prompt does not say what these examples need: %s",
          "Nothing in the prompt tells the model this: %s",
          "The wrong outputs show the prompt is missing this: %s");

  private CritiqueWriter() {}

  /** The number of reasons a meta-prompt asks for, if it asks for critiques. */
  static Optional<Integer> requested(String metaPrompt) {
    Matcher m = REQUEST.matcher(metaPrompt);
    return m.find()
        ? Optional.of(Math.max(1, Math.min(8, Integer.parseInt(m.group(1)))))
        : Optional.empty();
  }

  static String write(
      int reasons,
      SimulatedTask task,
      MetaPromptReading reading,
      Evidence evidence,
      SplittableRandom random) {
    String current = reading.base().orElse("");
    List<Requirement> missing =
        new ArrayList<>(task.requirements().stream().filter(r -> !r.expressedBy(current)).toList());
    double naming = nameProbability(evidence);
    StringBuilder reply = new StringBuilder("Here is what went wrong with these examples.\n");
    for (int i = 0; i < reasons; i++) {
      String reason;
      Optional<Requirement> named =
          !missing.isEmpty() && random.nextDouble() < naming
              ? RequirementChooser.choose(task, missing, evidence, random)
              : Optional.empty();
      if (named.isPresent()) {
        missing.remove(named.get()); // each reason names something different, as asked
        reason = pick(random, NAMING).formatted(pick(random, named.get().phrasings()));
      } else {
        reason = pick(random, VAGUE);
      }
      reply.append("<START>").append(reason).append("<END>\n");
    }
    return reply.toString().strip();
  }

  static double nameProbability(Evidence evidence) {
    if (!evidence.errors().isEmpty()) {
      return SimulatedOptimizer.ADD_GIVEN_ERRORS;
    }
    return evidence.shown().isEmpty()
        ? SimulatedOptimizer.ADD_BLIND
        : SimulatedOptimizer.ADD_GIVEN_EXAMPLES;
  }
}
