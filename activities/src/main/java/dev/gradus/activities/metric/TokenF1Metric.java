package dev.gradus.activities.metric;

import dev.gradus.search.Example;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SQuAD's token F1: lowercase, drop punctuation and the articles a, an and the, split on
 * whitespace, then the harmonic mean of token precision and recall against the best target. Gives
 * partial credit to free-text answers that exact matching would call simply wrong.
 */
final class TokenF1Metric implements Metric {

  // SQuAD strips ASCII punctuation; Unicode punctuation goes too, for quotes and dashes in other
  // languages.
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}]");
  private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Override
  public MetricResult score(Example example, String output) {
    if (AnswerText.isEmpty(output)) {
      return AnswerText.emptyAnswer(example);
    }
    List<String> answer = tokens(output);
    double best = 0;
    for (String target : example.targets()) {
      best = Math.max(best, f1(answer, tokens(target)));
    }
    if (best >= 1.0) {
      return MetricResult.correct();
    }
    String feedback =
        String.format(
            Locale.ROOT,
            "expected %s but got %s (token F1 %.2f)",
            AnswerText.expected(example),
            AnswerText.quote(output),
            best);
    return new MetricResult(best, feedback);
  }

  static List<String> tokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String noPunctuation = PUNCTUATION.matcher(lower).replaceAll("");
    String noArticles = ARTICLES.matcher(noPunctuation).replaceAll(" ");
    String stripped = noArticles.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(stripped));
  }

  /**
   * As in SQuAD, two empty token lists agree fully and an empty one against a non-empty one not.
   */
  static double f1(List<String> answer, List<String> target) {
    if (answer.isEmpty() || target.isEmpty()) {
      return answer.isEmpty() && target.isEmpty() ? 1.0 : 0.0;
    }
    Map<String, Integer> remaining = new HashMap<>();
    target.forEach(token -> remaining.merge(token, 1, Integer::sum));
    int common = 0;
    for (String token : answer) {
      Integer left = remaining.get(token);
      if (left != null && left > 0) {
        remaining.put(token, left - 1);
        common++;
      }
    }
    if (common == 0) {
      return 0.0;
    }
    double precision = (double) common / answer.size();
    double recall = (double) common / target.size();
    return 2 * precision * recall / (precision + recall);
  }
}
