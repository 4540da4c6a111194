package dev.gradus.activities.sim;

import java.util.List;
import java.util.Set;

/**
 * A sentence that sounds helpful but breaks exact-match answers, such as "Explain your reasoning
 * step by step.", which makes the target wrap its answer in an explanation. Optimizers write such
 * sentences sometimes, as real ones do, and must learn from scores to leave them out.
 */
record HarmfulPhrase(String text, CueSet cues, Corruption damage) {

  private static final Set<String> NEGATIONS =
      Set.of("not", "never", "no", "don", "without", "avoid");

  /**
   * Whether the text asks for what this phrase asks, in a sentence that does not negate it as "Do
   * not explain your reasoning." does.
   */
  boolean presentIn(String text) {
    for (String sentence : text.split("[.!?;:\\n]+")) {
      List<String> stems = WordStems.of(sentence);
      int at = cues.firstMatch(stems);
      if (at >= 0 && stems.subList(0, at).stream().noneMatch(NEGATIONS::contains)) {
        return true;
      }
    }
    return false;
  }
}
