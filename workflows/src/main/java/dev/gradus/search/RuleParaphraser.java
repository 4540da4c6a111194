package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GRIPS's paraphrase edit without a model. The paper paraphrases a phrase with PEGASUS; this
 * rewords one word or idiom of the phrase from a small table of words common in instructions, so
 * the search stays free of optimizer calls and deterministic given the random source. It cannot
 * rewrite a whole phrase as PEGASUS does; the {@code llmParaphrase} option asks the optimizer model
 * instead.
 */
final class RuleParaphraser {

  /** Ordered, so the random choice among matches is the same on every replay. */
  private static final List<Map.Entry<String, List<String>>> WORDINGS =
      List.of(
          Map.entry("answer", List.of("reply")),
          Map.entry("reply", List.of("answer")),
          Map.entry("respond", List.of("answer", "reply")),
          Map.entry("give", List.of("provide")),
          Map.entry("provide", List.of("give", "supply")),
          Map.entry("output", List.of("return", "give")),
          Map.entry("return", List.of("output", "give")),
          Map.entry("write", List.of("produce")),
          Map.entry("determine", List.of("identify", "decide", "work out")),
          Map.entry("identify", List.of("determine", "find")),
          Map.entry("find", List.of("identify", "determine")),
          Map.entry("decide", List.of("determine", "judge")),
          Map.entry("choose", List.of("select", "pick")),
          Map.entry("select", List.of("choose", "pick")),
          Map.entry("classify", List.of("categorize", "label")),
          Map.entry("compute", List.of("calculate", "work out")),
          Map.entry("calculate", List.of("compute", "work out")),
          Map.entry("solve", List.of("work out")),
          Map.entry("explain", List.of("describe", "justify")),
          Map.entry("read", List.of("go through", "look at")),
          Map.entry("carefully", List.of("closely", "attentively")),
          Map.entry("question", List.of("query")),
          Map.entry("problem", List.of("question", "exercise")),
          Map.entry("text", List.of("passage")),
          Map.entry("passage", List.of("text")),
          Map.entry("short", List.of("brief", "concise")),
          Map.entry("brief", List.of("short", "concise")),
          Map.entry("detailed", List.of("thorough", "elaborate")),
          Map.entry("complete", List.of("full", "whole")),
          Map.entry("make sure", List.of("ensure", "be sure")),
          Map.entry("ensure", List.of("make sure")),
          Map.entry("following", List.of("given")),
          Map.entry("given", List.of("following", "provided")),
          Map.entry("correct", List.of("right", "accurate")),
          Map.entry("each", List.of("every")),
          Map.entry("keep", List.of("retain", "preserve")),
          Map.entry("do not", List.of("never", "don't")),
          Map.entry("step by step", List.of("one step at a time")),
          Map.entry("in one word", List.of("using a single word", "with one word")));

  private record Rule(Pattern words, List<String> alternatives) {}

  private static final List<Rule> RULES =
      WORDINGS.stream().map(e -> new Rule(pattern(e.getKey()), e.getValue())).toList();

  private RuleParaphraser() {}

  /** Whether the table can reword anything in {@code phrase}. */
  static boolean canParaphrase(String phrase) {
    return RULES.stream().anyMatch(r -> r.words().matcher(phrase).find());
  }

  /** {@code phrase} with one table entry, chosen at random, reworded; empty if none applies. */
  static Optional<String> paraphrase(String phrase, Random random) {
    List<Rule> matching = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.words().matcher(phrase).find()) {
        matching.add(rule);
      }
    }
    if (matching.isEmpty()) {
      return Optional.empty();
    }
    Rule rule = matching.get(random.nextInt(matching.size()));
    String alternative = rule.alternatives().get(random.nextInt(rule.alternatives().size()));
    Matcher m = rule.words().matcher(phrase);
    m.find();
    String found = m.group();
    String replacement =
        Character.isUpperCase(found.charAt(0))
            ? Character.toUpperCase(alternative.charAt(0)) + alternative.substring(1)
            : alternative;
    return Optional.of(phrase.substring(0, m.start()) + replacement + phrase.substring(m.end()));
  }

  private static Pattern pattern(String words) {
    return Pattern.compile(
        "(?<![\\p{L}'])" + Pattern.quote(words) + "(?![\\p{L}'])", Pattern.CASE_INSENSITIVE);
  }
}
