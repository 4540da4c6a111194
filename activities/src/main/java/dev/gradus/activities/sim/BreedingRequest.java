package dev.gradus.activities.sim;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meta-prompt that asks to breed prompts rather than improve one, as EvoPrompt's templates do: a
 * crossover of Prompt 1 and Prompt 2 (the GA), or the differential evolution of a basic prompt from
 * the parts in which Prompt 1 and Prompt 2 differ and the best prompt, Prompt 3 (DE). The prompts
 * are recognised by their labels, each on its own line with its text between {@code <INS>} tags.
 *
 * @param best Prompt 3, or null for a crossover
 * @param basic the basic prompt, or null for a crossover
 */
record BreedingRequest(String first, String second, String best, String basic) {

  private static final Pattern CROSSOVER = Pattern.compile("cross ?over", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABELLED =
      Pattern.compile(
          "^[ \\t]*(prompt [123]|basic prompt)[ \\t]*:[ \\t]*<INS>(.*?)</INS>",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  static Optional<BreedingRequest> read(String metaPrompt) {
    if (!CROSSOVER.matcher(metaPrompt).find()) {
      return Optional.empty();
    }
    Map<String, String> prompts = new HashMap<>();
    Matcher m = LABELLED.matcher(metaPrompt);
    while (m.find()) {
      String text = m.group(2).strip();
      if (!text.isEmpty()) {
        prompts.put(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), text);
      }
    }
    String first = prompts.get("prompt 1");
    String second = prompts.get("prompt 2");
    if (first == null || second == null) {
      return Optional.empty();
    }
    String best = prompts.get("prompt 3");
    String basic = prompts.get("basic prompt");
    boolean differential = best != null && basic != null;
    return Optional.of(
        new BreedingRequest(
            first, second, differential ? best : null, differential ? basic : null));
  }

  boolean differential() {
    return basic != null;
  }
}
