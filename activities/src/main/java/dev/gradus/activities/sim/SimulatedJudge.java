package dev.gradus.activities.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated judge: grades answers in Gradus' own judge prompts, as a fallible LLM judge would.
 * It reads the answer and the reference out of the prompt (or, without a reference, finds the
 * example by its input among its tasks) and ranks the answer: exactly right, right but wordy, or
 * wrong. Pointwise it grades on the prompt's scale with some spread; pairwise it prefers the
 * better-ranked answer, and between equals it often picks answer A, the position bias that Gradus
 * cancels by asking in both orders. A few replies are unusable on purpose (a refusal, a grade off
 * the scale) and formats vary (plain, markdown, JSON), so parsing and aggregation meet what real
 * judges send. A simulation: it understands no language.
 */
final class SimulatedJudge {

  /** Share of replies that cannot be used: a refusal or a grade off the scale. */
  static final double UNUSABLE = 0.04;

  /** Chance of naming answer A when both answers rank the same. */
  static final double POSITION_BIAS = 0.3;

  private static final Pattern SCALE = Pattern.compile("from 1 \\(fails the rubric\\) to (\\d+)");
  private final TaskIndex index;

  SimulatedJudge(TaskIndex index) {
    this.index = index;
  }

  String judge(String prompt, double temperature, int sample) {
    SplittableRandom random = Seeds.forReply(temperature, sample, prompt, "judge");
    List<String> references = references(prompt);
    if (random.nextDouble() < UNUSABLE) {
      return random.nextBoolean()
          ? "I'm sorry, but I can't evaluate this answer."
          : "The answer is acceptable.\nScore: " + (scale(prompt) + 1);
    }
    if (prompt.contains("<answer_a>")) {
      int a = rank(between(prompt, "<answer_a>", "</answer_a>"), references);
      int b = rank(between(prompt, "<answer_b>", "</answer_b>"), references);
      String winner = a > b ? "A" : b > a ? "B" : random.nextDouble() < POSITION_BIAS ? "A" : "tie";
      return "Answer A is %s; answer B is %s.\nWinner: %s"
          .formatted(describe(a), describe(b), winner);
    }
    int scale = scale(prompt);
    int rank = rank(between(prompt, "<answer>", "</answer>"), references);
    int grade =
        switch (rank) {
          case 2 -> random.nextDouble() < 0.85 ? scale : scale - 1;
          case 1 -> Math.max(1, Math.min(scale, (scale + 1) / 2 + random.nextInt(3) - 1));
          default -> random.nextDouble() < 0.8 ? 1 : 2;
        };
    String reasons = "The answer is " + describe(rank) + ".";
    return switch (random.nextInt(3)) {
      case 0 -> reasons + "\nScore: " + grade;
      case 1 -> reasons + "\n\n**Score:** " + grade + "/" + scale;
      default -> "{\"reasoning\": \"%s\", \"score\": %d}".formatted(reasons, grade);
    };
  }

  /** 2 when the answer is a target, 1 when it contains one among other words, 0 otherwise. */
  private static int rank(String answer, List<String> references) {
    String a = normalize(answer);
    int best = 0;
    for (String reference : references) {
      String r = normalize(reference);
      if (r.isEmpty()) {
        continue;
      }
      if (a.equals(r)) {
        return 2;
      }
      if ((" " + a + " ").contains(" " + r + " ")) {
        best = 1;
      }
    }
    return best;
  }

  private static String describe(int rank) {
    return switch (rank) {
      case 2 -> "exactly what the reference says";
      case 1 -> "right but says more than was asked";
      default -> "wrong";
    };
  }

  /** The prompt's reference answers, or the example's targets found by its input. */
  private List<String> references(String prompt) {
    String shown = between(prompt, "<reference>", "</reference>");
    if (!shown.isEmpty()) {
      return shown.lines().toList();
    }
    Optional<TaskIndex.Entry> entry = index.lookup(between(prompt, "Task input:\n", "\n\n"));
    return entry.map(e -> e.example().example().targets()).orElse(List.of());
  }

  private static int scale(String prompt) {
    Matcher m = SCALE.matcher(prompt);
    return m.find() ? Integer.parseInt(m.group(1)) : 5;
  }

  private static String between(String text, String open, String close) {
    int from = text.indexOf(open);
    if (from < 0) {
      return "";
    }
    from += open.length();
    int to = text.indexOf(close, from);
    return (to < 0 ? text.substring(from) : text.substring(from, to)).strip();
  }

  private static String normalize(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.-]+")) {
      String word = w.replaceAll("^[.-]+|[.]+$", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return String.join(" ", words);
  }
}
