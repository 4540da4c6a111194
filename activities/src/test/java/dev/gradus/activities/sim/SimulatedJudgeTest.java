package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.judge.JudgeCalls;
import dev.gradus.activities.judge.LlmJudgeMetric;
import dev.gradus.activities.metric.MetricSpecs;
import dev.gradus.search.ChatMessage;
import dev.gradus.search.Example;
import dev.gradus.spec.ModelSpec;
import dev.gradus.workflow.JudgeTally;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulated judge, asked through the real judge metric and its prompts. */
class SimulatedJudgeTest {

  static final SimulatedLlm SIM = new SimulatedLlm();
  static final List<Example> EXAMPLES =
      SimulatedTasks.byName("sentiment").orElseThrow().cases().stream()
          .map(SimulatedCase::example)
          .limit(200)
          .toList();

  /** Judge calls answered by the simulated judge; the seed's answer is given. */
  static final class SimJudges implements JudgeCalls {
    final List<String> replies = new ArrayList<>();
    JudgeTally tally = JudgeTally.NONE;
    String seedAnswer;

    @Override
    public String ask(ModelSpec judge, List<ChatMessage> messages, int sample) {
      String reply = SIM.judge(messages.get(0).content(), judge.temperatureOrDefault(), sample);
      replies.add(reply);
      return reply;
    }

    @Override
    public String baselineAnswer(Example example) {
      return seedAnswer;
    }

    @Override
    public void count(JudgeTally t) {
      tally = tally.plus(t);
    }
  }

  static LlmJudgeMetric metric(SimJudges judges, String mode, int samples) {
    return new LlmJudgeMetric(
        MetricSpecs.parse(
            ("{type: llm_judge, rubric: 'The answer is the sentiment label alone, in lowercase.',"
                    + " judges: [{provider: sim, temperature: 1.0}], samples: %d, scale: 5%s}")
                .formatted(samples, mode == null ? "" : ", mode: " + mode)),
        judges);
  }

  @Test
  void gradesRightAnswersAboveWordyOnesAboveWrongOnes() {
    SimJudges judges = new SimJudges();
    LlmJudgeMetric m = metric(judges, null, 1);
    double right = 0;
    double wordy = 0;
    double wrong = 0;
    for (Example e : EXAMPLES) {
      right += m.score(e, e.target()).score();
      wordy += m.score(e, "The sentiment is " + e.target() + ".").score();
      wrong += m.score(e, e.target().equals("positive") ? "negative" : "positive").score();
    }
    assertThat(right / EXAMPLES.size()).isGreaterThan(0.85);
    assertThat(wordy / EXAMPLES.size()).isBetween(0.3, 0.7);
    assertThat(wrong / EXAMPLES.size()).isLessThan(0.15);
  }

  @Test
  void aFewRepliesAreUnusableAndFormatsVary() {
    SimJudges judges = new SimJudges();
    LlmJudgeMetric m = metric(judges, null, 3);
    EXAMPLES.forEach(e -> m.score(e, e.target()));

    long all = judges.tally.verdicts() + judges.tally.unusable();
    assertThat(all).isEqualTo(3L * EXAMPLES.size());
    assertThat((double) judges.tally.unusable() / all).isBetween(0.01, 0.1);
    assertThat(judges.replies).anyMatch(r -> r.startsWith("{"));
    assertThat(judges.replies).anyMatch(r -> r.contains("**Score:**"));
    // Three samples at temperature 1 mostly agree on a right answer, but not always.
    assertThat(judges.tally.agreement()).isBetween(0.6, 0.99);
  }

  @Test
  void pairwiseBetweenEquallyGoodAnswersLeansToPositionAButTheSwapCancelsIt() {
    SimJudges judges = new SimJudges();
    LlmJudgeMetric m = metric(judges, "pairwise", 1);
    double sum = 0;
    for (Example e : EXAMPLES) {
      judges.seedAnswer = "Label: " + e.target();
      sum += m.score(e, "The sentiment is " + e.target() + ".").score();
    }
    long saidA = judges.replies.stream().filter(r -> r.endsWith("Winner: A")).count();
    long saidB = judges.replies.stream().filter(r -> r.endsWith("Winner: B")).count();

    assertThat(saidA).isGreaterThan(3 * Math.max(1, saidB));
    assertThat(sum / EXAMPLES.size()).isBetween(0.45, 0.55);
  }

  @Test
  void pairwisePrefersTheRightAnswerInEitherPosition() {
    SimJudges judges = new SimJudges();
    LlmJudgeMetric m = metric(judges, "pairwise", 1);
    double sum = 0;
    for (Example e : EXAMPLES) {
      judges.seedAnswer = e.target().equals("positive") ? "negative" : "positive";
      sum += m.score(e, e.target()).score();
    }
    assertThat(sum / EXAMPLES.size()).isGreaterThan(0.9);
  }
}
