package dev.gradus.activities.sim;

import static dev.gradus.activities.sim.GeneratedCases.pick;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The sentence-level edits the simulated optimizer makes to an instruction. Each returns a new list
 * and leaves its argument alone; whether an edit helps is for the target model to show.
 */
final class InstructionEdits {

  private InstructionEdits() {}

  static List<String> sentences(String instruction) {
    List<String> out = new ArrayList<>();
    for (String s : instruction.strip().split("(?<=[.!?])\\s+")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  static String join(List<String> sentences) {
    return String.join(" ", sentences);
  }

  /** The task first, the answer format last, anything else in between, as people write them. */
  static List<String> addRequirement(
      List<String> sentences,
      Requirement requirement,
      SimulatedTask task,
      SplittableRandom random) {
    List<String> out = new ArrayList<>(sentences);
    String phrasing = pick(random, requirement.phrasings());
    if (requirement == task.core()) {
      out.add(0, phrasing);
    } else if (requirement.shownByDemos() || out.isEmpty()) {
      out.add(phrasing);
    } else {
      out.add(1 + random.nextInt(out.size()), phrasing);
    }
    return out;
  }

  /** Rewords one sentence: another phrasing of the requirement it states, or a politer form. */
  static List<String> paraphrase(
      List<String> sentences, SimulatedTask task, SplittableRandom random) {
    List<String> out = new ArrayList<>(sentences);
    int i = random.nextInt(out.size());
    String sentence = out.get(i);
    List<String> alternatives = List.of();
    if (task != null) {
      alternatives =
          task.requirements().stream()
              .filter(r -> r.expressedBy(sentence))
              .findFirst()
              .map(Requirement::phrasings)
              .orElse(alternatives);
    }
    if (alternatives.isEmpty() && Distractions.FILLERS.contains(sentence)) {
      alternatives = Distractions.FILLERS;
    }
    List<String> others = alternatives.stream().filter(p -> !p.equals(sentence)).toList();
    if (!others.isEmpty()) {
      out.set(i, pick(random, others));
    } else if (sentence.startsWith("Please ") && sentence.length() > 8) {
      out.set(i, Character.toUpperCase(sentence.charAt(7)) + sentence.substring(8));
    } else {
      out.set(i, "Please " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1));
    }
    return out;
  }

  static List<String> reorder(List<String> sentences, SplittableRandom random) {
    List<String> out = new ArrayList<>(sentences);
    if (out.size() >= 2) {
      int i = random.nextInt(out.size());
      int j = (i + 1 + random.nextInt(out.size() - 1)) % out.size();
      Collections.swap(out, i, j);
    }
    return out;
  }

  static List<String> addFiller(List<String> sentences, SplittableRandom random) {
    List<String> out = new ArrayList<>(sentences);
    List<String> unused = Distractions.FILLERS.stream().filter(f -> !out.contains(f)).toList();
    if (!unused.isEmpty()) {
      out.add(random.nextInt(out.size() + 1), pick(random, unused));
    }
    return out;
  }

  static List<String> addHarmful(List<String> sentences, SplittableRandom random) {
    List<String> out = new ArrayList<>(sentences);
    out.add(pick(random, Distractions.HARMFUL).text());
    return out;
  }

  static List<String> dropOne(List<String> sentences, SplittableRandom random) {
    List<String> out = new ArrayList<>(sentences);
    if (out.size() >= 2) {
      out.remove(random.nextInt(out.size()));
    }
    return out;
  }

  static List<String> withoutHarmful(List<String> sentences) {
    return sentences.stream()
        .filter(s -> Distractions.HARMFUL.stream().noneMatch(h -> h.presentIn(s)))
        .toList();
  }

  /**
   * The better instruction plus those sentences of the other that state something new, as OPRO's
   * optimizer often merges the two best instructions it was shown.
   */
  static List<String> recombine(List<String> better, List<String> other, SimulatedTask task) {
    List<String> out = new ArrayList<>(better);
    for (String sentence : other) {
      boolean repeated = out.stream().anyMatch(s -> key(s).equals(key(sentence)));
      if (!repeated && statesSomethingNew(sentence, join(out), task)) {
        out.add(sentence);
      }
    }
    return out;
  }

  /** False for a sentence whose every requirement the text already states. */
  private static boolean statesSomethingNew(String sentence, String text, SimulatedTask task) {
    List<Requirement> stated =
        task.requirements().stream().filter(r -> r.expressedBy(sentence)).toList();
    return stated.isEmpty() || stated.stream().anyMatch(r -> !r.expressedBy(text));
  }

  /** Whether the list holds the sentence, blind to case, spacing and punctuation. */
  static boolean holds(List<String> sentences, String sentence) {
    return sentences.stream().anyMatch(s -> key(s).equals(key(sentence)));
  }

  private static String key(String sentence) {
    return sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
