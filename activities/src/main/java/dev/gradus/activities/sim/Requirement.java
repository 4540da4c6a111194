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

  private final String id;
  private final CueSet cues;
  private final List<String> phrasings;
  private final Corruption corruption;
  private final boolean shownByDemos;

  /**
   * @param phrasings sentences that express the requirement, the first being the clearest; the
   *     simulated optimizer writes them into the instructions it proposes
   * @param shownByDemos whether few-shot demonstrations teach it without words, as they teach an
   *     answer format
   */
  Requirement(
      String id, CueSet cues, List<String> phrasings, Corruption corruption, boolean shownByDemos) {
    this.id = id;
    this.cues = cues;
    this.phrasings = List.copyOf(phrasings);
    this.corruption = corruption;
    this.shownByDemos = shownByDemos;
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
