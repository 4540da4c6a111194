package dev.gradus.activities.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One hidden requirement of a simulated task, such as "answer with one lowercase word" or "handle
 * negation". An instruction expresses it when it contains one of its cues (compared by word stems,
 * so on meaning rather than exact wording); when it does not, the simulated target model makes the
 * requirement's literal-minded mistake on the examples that need it.
 */
public final class Requirement {

  /** What it takes for the simulated optimizer to think of a requirement an instruction lacks. */
  public enum Discovery {
    /** Anyone editing the instruction might think of it: "keep the minus sign". */
    GUESSABLE,
    /** Labelled examples that need it reveal it, as answers in Roman numerals reveal that rule. */
    EXAMPLES,
    /**
     * Only a wrong answer that its mistake explains, or a critique naming it, reveals it: a rule of
     * the user's own, such as "refunds go to billing", that correct examples do not show.
     */
    ERRORS
  }

  private final String id;
  private final CueSet cues;
  private final List<String> phrasings;
  private final Corruption corruption;
  private final boolean shownByDemos;
  private final Discovery discovery;

  /**
   * @param phrasings sentences that express the requirement, the first being the clearest; the
   *     simulated optimizer writes them into the instructions it proposes
   * @param shownByDemos whether few-shot demonstrations teach it without words, as they teach an
   *     answer format
   */
  Requirement(
      String id, CueSet cues, List<String> phrasings, Corruption corruption, boolean shownByDemos) {
    this(id, cues, phrasings, corruption, shownByDemos, Discovery.GUESSABLE);
  }

  private Requirement(
      String id,
      CueSet cues,
      List<String> phrasings,
      Corruption corruption,
      boolean shownByDemos,
      Discovery discovery) {
    this.id = id;
    this.cues = cues;
    this.phrasings = List.copyOf(phrasings);
    this.corruption = corruption;
    this.shownByDemos = shownByDemos;
    this.discovery = discovery;
  }

  /** This requirement, found only by the evidence {@code discovery} names. */
  Requirement discoveredBy(Discovery discovery) {
    return new Requirement(id, cues, phrasings, corruption, shownByDemos, discovery);
  }

  Discovery discovery() {
    return discovery;
  }

  public String id() {
    return id;
  }

  public List<String> phrasings() {
    return phrasings;
  }

  /** Whether {@code instruction} says what this requirement asks, in any of its cue wordings. */
  public boolean expressedBy(String instruction) {
    return expressedBy(WordStems.of(instruction));
  }

  boolean expressedBy(List<String> instructionStems) {
    return cues.matches(instructionStems);
  }

  boolean shownByDemos() {
    return shownByDemos;
  }

  String corrupt(String answer, SimulatedCase example, SplittableRandom random) {
    return corruption.apply(answer, example, random);
  }

  @Override
  public String toString() {
    return id;
  }
}
