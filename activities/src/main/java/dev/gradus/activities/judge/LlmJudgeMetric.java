package dev.gradus.activities.judge;

import dev.gradus.activities.metric.Metric;
import dev.gradus.activities.metric.MetricResult;
import dev.gradus.search.ChatMessage;
import dev.gradus.search.Example;
import dev.gradus.search.MetaPrompt;
import dev.gradus.spec.MetricSpec;
import dev.gradus.spec.ModelSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code llm_judge} metric: one or more judge models grade each answer against a rubric, and
 * their verdicts combine into its score. Pointwise, each verdict is a grade on the scale. Pairwise,
 * each verdict says whether the candidate's answer or the seed prompt's is better, asked in both
 * orders so that a judge's preference for the first (or second) position cancels out; the score is
 * the candidate's share of wins, ties counting half, so the seed itself scores 0.5.
 *
 * <p>The judges' prompts are the readable resources {@code judge-pointwise.txt} and {@code
 * judge-pairwise.txt} beside this class. An unusable verdict (refusal, no grade, off the scale) is
 * left out of the aggregate and counted; an answer with no usable verdict scores 0 with the reason
 * as feedback, never an exception.
 */
public final class LlmJudgeMetric implements Metric {

  private static final MetaPrompt POINTWISE =
      MetaPrompt.load(LlmJudgeMetric.class, "judge-pointwise");
  private static final MetaPrompt PAIRWISE =
      MetaPrompt.load(LlmJudgeMetric.class, "judge-pairwise");
  private static final MetaPrompt REFERENCE =
      MetaPrompt.load(LlmJudgeMetric.class, "judge-reference");

  private final MetricSpec spec;
  private final JudgeCalls calls;

  public LlmJudgeMetric(MetricSpec spec, JudgeCalls calls) {
    if (spec.rubric() == null || spec.rubric().isBlank()) {
      throw new IllegalArgumentException("task.metric.rubric: an llm_judge needs a rubric");
    }
    if (spec.judges() == null || spec.judges().isEmpty()) {
      throw new IllegalArgumentException("task.metric.judges: an llm_judge needs judges");
    }
    this.spec = spec;
    this.calls = calls;
  }

  @Override
  public MetricResult score(Example example, String output) {
    String answer = output == null ? "" : output.strip();
    if (spec.pairwise()) {
      String baseline = calls.baselineAnswer(example);
      String seedAnswer = baseline == null ? "" : baseline.strip();
      if (seedAnswer.equals(answer)) {
        // Identical answers tie; no judge needs paying to say so.
        return new MetricResult(0.5, "the answer is the same as the seed prompt's");
      }
      return judged(pairwise(example, answer, seedAnswer));
    }
    return judged(pointwise(example, answer));
  }

  private List<Verdict> pointwise(Example example, String answer) {
    int scale = spec.scaleOrDefault();
    String prompt =
        POINTWISE.fill(
            Map.of(
                "rubric", spec.rubric().strip(),
                "input", example.input(),
                "reference", reference(example),
                "answer", answer,
                "scale", Integer.toString(scale)));
    List<Verdict> verdicts = new ArrayList<>();
    for (ModelSpec judge : spec.judges()) {
      for (int s = 0; s < spec.samplesPerJudge(); s++) {
        String reply = calls.ask(judge, List.of(ChatMessage.user(prompt)), s);
        verdicts.add(VerdictParser.grade(reply, scale));
      }
    }
    return verdicts;
  }

  private List<Verdict> pairwise(Example example, String answer, String seedAnswer) {
    String candidateFirst = pairPrompt(example, answer, seedAnswer);
    String seedFirst = pairPrompt(example, seedAnswer, answer);
    List<Verdict> verdicts = new ArrayList<>();
    for (ModelSpec judge : spec.judges()) {
      for (int s = 0; s < spec.samplesPerJudge(); s++) {
        String a = calls.ask(judge, List.of(ChatMessage.user(candidateFirst)), s);
        verdicts.add(VerdictParser.winner(a, true));
        String b = calls.ask(judge, List.of(ChatMessage.user(seedFirst)), s);
        verdicts.add(VerdictParser.winner(b, false));
      }
    }
    return verdicts;
  }

  private String pairPrompt(Example example, String first, String second) {
    return PAIRWISE.fill(
        Map.of(
            "rubric", spec.rubric().strip(),
            "input", example.input(),
            "reference", reference(example),
            "answer_a", first,
            "answer_b", second));
  }

  /** The example's target as a reference answer, when it has one. */
  private static String reference(Example example) {
    String target = example.target();
    if (target == null || target.isBlank()) {
      return "";
    }
    return REFERENCE.fill(Map.of("target", String.join("\n", example.targets())));
  }

  private MetricResult judged(List<Verdict> verdicts) {
    Judgement judgement = Judgement.combine(verdicts, spec.aggregateOrDefault());
    calls.count(judgement.tally());
    if (judgement.score() == null) {
      return MetricResult.wrong("no judge gave a usable verdict: " + verdicts.get(0).note());
    }
    double score = judgement.score();
    if (score >= 1.0) {
      return MetricResult.correct();
    }
    // The lowest verdict's reasons say best what the answer lacks.
    Verdict lowest =
        verdicts.stream()
            .filter(Verdict::usable)
            .min(Comparator.comparingDouble(Verdict::score))
            .orElseThrow();
    long usable = judgement.tally().verdicts();
    String summary =
        spec.pairwise()
            ? String.format(
                Locale.ROOT,
                "judges preferred the seed prompt's answer or tied in %d of %d comparisons",
                verdicts.stream().filter(v -> v.usable() && v.score() < 1).count(),
                usable)
            : String.format(
                Locale.ROOT,
                "judges graded %.2f of full marks (%s of %d verdicts)",
                score,
                spec.aggregateOrDefault(),
                usable);
    return new MetricResult(score, summary + ": " + lowest.note());
  }
}
