package dev.gradus.activities.sim;

import dev.gradus.activities.sim.Evidence.SeenError;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Picks which missing requirement the simulated optimizer adds to an instruction. Blind, every
 * guessable requirement is as likely; evidence tilts the choice toward the right one, as it does
 * for a real model: the examples shown reveal what they need, an error whose wrong answer a
 * requirement's mistake explains points at that requirement, and a critique that names one points
 * at it most. A requirement that is not {@link Requirement.Discovery#GUESSABLE} has no weight until
 * the evidence of its kind shows it, so without that evidence nothing may be chosen.
 */
final class RequirementChooser {

  /** Distinct draws of a corruption tried when checking whether it explains an error. */
  private static final int DIAGNOSIS_DRAWS = 24;

  private RequirementChooser() {}

  static Optional<Requirement> choose(
      SimulatedTask task, List<Requirement> missing, Evidence evidence, SplittableRandom random) {
    double[] weights = missing.stream().mapToDouble(r -> weight(task, r, evidence)).toArray();
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    if (total <= 0) {
      return Optional.empty();
    }
    double roll = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return Optional.of(missing.get(i));
      }
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(missing.get(missing.size() - 1));
  }

  static double weight(SimulatedTask task, Requirement requirement, Evidence evidence) {
    Requirement.Discovery discovery = requirement.discovery();
    double weight = discovery == Requirement.Discovery.GUESSABLE ? 1 : 0;
    if (requirement == task.core()) {
      weight += 20; // an instruction that does not state the task is the first thing anyone fixes
    }
    if (!evidence.shown().isEmpty() && discovery != Requirement.Discovery.ERRORS) {
      long needing =
          evidence.shown().stream()
              .filter(e -> e.example().needs().contains(requirement.id()))
              .count();
      weight += 3.0 * needing / evidence.shown().size();
    }
    for (SeenError error : evidence.errors()) {
      if (explains(requirement, error)) {
        weight += 6;
      }
    }
    if (requirement.expressedBy(evidence.critiqueStems())) {
      weight += 8;
    }
    return weight;
  }

  /**
   * Whether the requirement's literal-minded mistake, made on the expected answer, yields the wrong
   * answer that was got: exactly, or inside a longer reply that no longer holds the right answer.
   */
  static boolean explains(Requirement requirement, SeenError error) {
    if (!error.example().needs().contains(requirement.id())) {
      return false;
    }
    String expected = normalized(error.expected());
    String got = normalized(error.got());
    for (int draw = 0; draw < DIAGNOSIS_DRAWS; draw++) {
      String mistaken =
          normalized(
              requirement.corrupt(error.expected(), error.example(), new SplittableRandom(draw)));
      if (mistaken.equals(expected) || mistaken.isEmpty()) {
        continue;
      }
      boolean inside =
          got.contains(mistaken) && (!got.contains(expected) || mistaken.contains(expected));
      if (mistaken.equals(got) || inside) {
        return true;
      }
    }
    return false;
  }

  private static String normalized(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
  }
}
