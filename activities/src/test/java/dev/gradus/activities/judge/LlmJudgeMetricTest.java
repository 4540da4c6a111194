package dev.gradus.activities.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.activities.metric.MetricResult;
import dev.gradus.activities.metric.MetricSpecs;
import dev.gradus.activities.metric.Metrics;
import dev.gradus.search.ChatMessage;
import dev.gradus.search.Example;
import dev.gradus.spec.MetricSpec;
import dev.gradus.spec.ModelSpec;
import dev.gradus.workflow.JudgeTally;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class LlmJudgeMetricTest {

  static final ModelSpec JUDGE_A = new ModelSpec("openai", "judge-a", null, null);
  static final ModelSpec JUDGE_B = new ModelSpec("anthropic", "judge-b", null, null);
  static final Example EXAMPLE = new Example("1", "Where is the Eiffel Tower?", "Paris");

  /** Judge calls answered by a function of the judge's name and prompt, recorded. */
  static final class ScriptedJudges implements JudgeCalls {
    final List<String> prompts = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    JudgeTally tally = JudgeTally.NONE;
    int baselines;
    private final BiFunction<String, String, String> replies;
    private final String baseline;

    ScriptedJudges(BiFunction<String, String, String> replies, String baseline) {
      this.replies = replies;
      this.baseline = baseline;
    }

    @Override
    public String ask(ModelSpec judge, List<ChatMessage> messages, int sample) {
      String prompt = messages.get(0).content();
      prompts.add(prompt);
      asked.add(judge.model() + "#" + sample);
      return replies.apply(judge.model(), prompt);
    }

    @Override
    public String baselineAnswer(Example example) {
      baselines++;
      return baseline;
    }

    @Override
    public void count(JudgeTally t) {
      tally = tally.plus(t);
    }
  }

  static MetricSpec judge(
      List<ModelSpec> judges, Integer samples, String aggregate, String mode, Integer scale) {
    String models =
        String.join(
            ", ",
            judges.stream()
                .map(m -> "{provider: %s, model: %s}".formatted(m.provider(), m.model()))
                .toList());
    return MetricSpecs.parse(
        "{type: llm_judge, rubric: 'Names the right city, briefly.', judges: [%s]%s%s%s%s}"
            .formatted(
                models,
                samples == null ? "" : ", samples: " + samples,
                aggregate == null ? "" : ", aggregate: " + aggregate,
                mode == null ? "" : ", mode: " + mode,
                scale == null ? "" : ", scale: " + scale));
  }

  @Test
  void asksEveryJudgeEverySampleWithTheRubricTheReferenceAndTheAnswer() {
    ScriptedJudges judges =
        new ScriptedJudges(
            (model, prompt) -> model.equals("judge-a") ? "Score: 5" : "Score: 3", null);
    MetricResult r =
        new LlmJudgeMetric(judge(List.of(JUDGE_A, JUDGE_B), 2, null, null, null), judges)
            .score(EXAMPLE, "Paris, France");

    assertThat(judges.asked).containsExactly("judge-a#0", "judge-a#1", "judge-b#0", "judge-b#1");
    assertThat(judges.prompts.get(0))
        .contains("Names the right city, briefly.")
        .contains("Where is the Eiffel Tower?")
        .contains("<reference>\nParis\n</reference>")
        .contains("<answer>\nParis, France\n</answer>")
        .contains("to 5 (fully meets it)");
    // Mean of 1, 1, 0.5, 0.5; the two judges each agree with themselves only.
    assertThat(r.score()).isEqualTo(0.75);
    assertThat(r.feedback()).startsWith("judges graded 0.75 of full marks (mean of 4 verdicts)");
    assertThat(judges.tally).isEqualTo(new JudgeTally(4, 0, 6, 2));
  }

  @Test
  void unusableVerdictsAreLeftOutAndCounted() {
    ScriptedJudges judges =
        new ScriptedJudges(
            (model, prompt) -> model.equals("judge-a") ? "I cannot grade this." : "Score: 5", null);
    MetricResult r =
        new LlmJudgeMetric(judge(List.of(JUDGE_A, JUDGE_B), null, "median", null, null), judges)
            .score(EXAMPLE, "Paris");

    assertThat(r.isCorrect()).isTrue();
    assertThat(judges.tally).isEqualTo(new JudgeTally(1, 1, 0, 0));
  }

  @Test
  void anAnswerNoJudgeCouldGradeScoresZeroWithTheReason() {
    ScriptedJudges judges = new ScriptedJudges((model, prompt) -> "Score: 11", null);
    MetricResult r =
        new LlmJudgeMetric(judge(List.of(JUDGE_A), null, null, null, 10), judges)
            .score(EXAMPLE, "Lyon");

    assertThat(r.score()).isZero();
    assertThat(r.feedback())
        .isEqualTo("no judge gave a usable verdict: the judge's grade 11 is off the scale 1 to 10");
  }

  @Test
  void theFeedbackQuotesTheLowestVerdictsReasons() {
    ScriptedJudges judges =
        new ScriptedJudges(
            (model, prompt) ->
                model.equals("judge-a") ? "Fine.\nScore: 4" : "It names Lyon, not Paris.\nScore: 1",
            null);
    MetricResult r =
        new LlmJudgeMetric(judge(List.of(JUDGE_A, JUDGE_B), null, null, null, null), judges)
            .score(EXAMPLE, "Lyon");

    assertThat(r.feedback()).endsWith(": It names Lyon, not Paris.");
  }

  @Test
  void pairwiseAsksInBothOrdersSoAJudgeThatAlwaysPicksTheFirstScoresATie() {
    ScriptedJudges judges = new ScriptedJudges((model, prompt) -> "Winner: A", "Paris");
    MetricResult r =
        new LlmJudgeMetric(judge(List.of(JUDGE_A), null, null, "pairwise", null), judges)
            .score(EXAMPLE, "The Eiffel Tower is in Paris.");

    assertThat(judges.prompts).hasSize(2);
    assertThat(judges.prompts.get(0))
        .contains("<answer_a>\nThe Eiffel Tower is in Paris.\n</answer_a>")
        .contains("<answer_b>\nParis\n</answer_b>");
    assertThat(judges.prompts.get(1))
        .contains("<answer_a>\nParis\n</answer_a>")
        .contains("<answer_b>\nThe Eiffel Tower is in Paris.\n</answer_b>");
    assertThat(r.score()).isEqualTo(0.5);
    assertThat(judges.tally).as("the two orders disagree").isEqualTo(new JudgeTally(2, 0, 1, 0));
  }

  @Test
  void pairwiseScoresTheCandidatesShareOfWins() {
    // The judge prefers whichever answer says Paris alone, wherever it stands.
    ScriptedJudges judges =
        new ScriptedJudges(
            (model, prompt) -> prompt.contains("<answer_a>\nParis\n") ? "Winner: A" : "Winner: B",
            "Lyon");
    MetricResult win =
        new LlmJudgeMetric(judge(List.of(JUDGE_A), null, null, "pairwise", null), judges)
            .score(EXAMPLE, "Paris");
    assertThat(win.isCorrect()).isTrue();

    ScriptedJudges losing =
        new ScriptedJudges(
            (model, prompt) -> prompt.contains("<answer_a>\nParis\n") ? "Winner: A" : "Winner: B",
            "Paris");
    MetricResult loss =
        new LlmJudgeMetric(judge(List.of(JUDGE_A), null, null, "pairwise", null), losing)
            .score(EXAMPLE, "Lyon");
    assertThat(loss.score()).isZero();
    assertThat(loss.feedback())
        .startsWith("judges preferred the seed prompt's answer or tied in 2 of 2 comparisons");
  }

  @Test
  void pairwiseCallsNoJudgeForAnAnswerIdenticalToTheSeeds() {
    ScriptedJudges judges = new ScriptedJudges((model, prompt) -> "Winner: A", "Paris");
    MetricResult r =
        new LlmJudgeMetric(judge(List.of(JUDGE_A), null, null, "pairwise", null), judges)
            .score(EXAMPLE, " Paris\n");

    assertThat(r.score()).isEqualTo(0.5);
    assertThat(judges.prompts).isEmpty();
    assertThat(judges.baselines).isOne();
  }

  @Test
  void anExampleWithoutATargetShowsNoReference() {
    ScriptedJudges judges = new ScriptedJudges((model, prompt) -> "Score: 5", null);
    new LlmJudgeMetric(judge(List.of(JUDGE_A), null, null, null, null), judges)
        .score(new Example("1", "Write a haiku about rain.", ""), "Rain taps the tin roof");

    assertThat(judges.prompts.get(0)).doesNotContain("<reference>").doesNotContain("{{");
  }

  @Test
  void aJudgeInsideACompositeIsWeightedWithTheOthers() {
    ScriptedJudges judges = new ScriptedJudges((model, prompt) -> "Score: 1", null);
    MetricSpec composite =
        MetricSpecs.parse(
            "{type: composite, metrics: [exact_match, {type: llm_judge, rubric: r, judges:"
                + " [{provider: openai, model: judge-a}]}]}");

    MetricResult r = Metrics.create(composite, judges).score(EXAMPLE, "Paris");

    assertThat(r.score()).isEqualTo(0.5);
    assertThat(r.feedback()).startsWith("llm_judge (weight 0.50): judges graded 0.00");
  }

  @Test
  void aJudgeNeedsARubricAndJudges() {
    ScriptedJudges judges = new ScriptedJudges((model, prompt) -> "Score: 1", null);
    assertThatThrownBy(() -> new LlmJudgeMetric(judge(List.of(), null, null, null, null), judges))
        .hasMessageContaining("task.metric.judges");
  }
}
