package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.ChatMessage;
import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.fake.SimulatedResponder;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.JudgeTally;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An {@code llm_judge} metric end to end: the simulated target and optimizer, and two judge models,
 * all behind a local server that speaks OpenAI's chat-completions wire format. The judges are
 * scripted here, independently of Gradus' parser: a strict one that wants the bare label, a lenient
 * one that accepts it inside a sentence and now and then refuses. The response cache is off, so
 * that every verdict in the report is a request the server answered.
 */
@QuarkusTest
@TestProfile(WithoutResponseCache.class)
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class LlmJudgeRunTest {

  FakeOpenAiServer server;

  /** The judges' replies, and how many of them were refusals. */
  static final class ScriptedJudges {
    final AtomicInteger asked = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger saidA = new AtomicInteger();

    String reply(String model, List<ChatMessage> messages) {
      String prompt = messages.get(messages.size() - 1).content();
      int n = asked.incrementAndGet();
      String reference =
          between(prompt, "<reference>\n", "\n</reference>").toLowerCase(Locale.ROOT);
      if (prompt.contains("<answer_a>")) {
        boolean a = good(model, between(prompt, "<answer_a>\n", "\n</answer_a>"), reference);
        boolean b = good(model, between(prompt, "<answer_b>\n", "\n</answer_b>"), reference);
        // Between equals the judge leans to the first answer, as real judges do.
        String winner = a == b ? "A" : a ? "A" : "B";
        if (winner.equals("A")) {
          saidA.incrementAndGet();
        }
        return "Comparing both.\n**Winner:** " + winner;
      }
      if (model.equals("judge-lenient") && n % 10 == 0) {
        refused.incrementAndGet();
        return "I'm sorry, I can't grade that.";
      }
      String answer = between(prompt, "<answer>\n", "\n</answer>");
      return good(model, answer, reference)
          ? "It gives the label.\nScore: 5"
          : "{\"reason\": \"not the label alone\", \"score\": 1}";
    }

    private static boolean good(String model, String answer, String reference) {
      String a = answer.strip().toLowerCase(Locale.ROOT);
      return model.equals("judge-strict") ? a.equals(reference) : a.contains(reference);
    }
  }

  private static String between(String text, String open, String close) {
    int from = text.indexOf(open);
    if (from < 0) {
      return "";
    }
    int to = text.indexOf(close, from + open.length());
    return text.substring(from + open.length(), to);
  }

  private void serve(ScriptedJudges judges) {
    // Proposals at temperature 1: several of one step differ, as a real optimizer's would.
    SimulatedResponder sim = new SimulatedResponder();
    server.reset();
    server.responder(
        (model, messages) ->
            model.startsWith("judge-")
                ? judges.reply(model, messages)
                : sim.reply(model, messages));
  }

  private static final String SPEC =
      """
      name: judged
      task:
        dataset: { simulated: sentiment }
        split: { train: 0.7, validation: 0.15, test: 0.15, seed: 3 }
        template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
        metric:
          type: llm_judge
          rubric: "The answer is the sentiment label alone: positive or negative, in lowercase."
          judges:
            - { provider: openai, model: judge-strict }
            - { provider: openai, model: judge-lenient }
          aggregate: %s
          mode: %s
      seedPrompt: "Classify the sentiment of the sentence."
      models:
        target: { provider: openai, model: sim-target }
        optimizer: { provider: openai, model: sim-optimizer }
      strategy: { type: opro, proposals: 3 }
      budget: { generations: 4, maxCalls: %d }
      seed: 5
      """;

  @Test
  void anEnsembleOfJudgesScoresTheRunAndTheReportCountsTheirVerdicts() {
    ScriptedJudges judges = new ScriptedJudges();
    serve(judges);
    RunReport report =
        Runs.run(
            "e2e-judge-pointwise",
            SpecReader.parse(
                SPEC.formatted("mean", "pointwise", 5000)
                    .replace("generations: 4", "generations: 6")));

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    Runs.describe("llm_judge", report, server.completionsServed());
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
    JudgeTally tally = report.usage().judges();
    assertThat(tally.verdicts() + tally.unusable()).isEqualTo(judges.asked.get());
    assertThat(tally.unusable()).isEqualTo(judges.refused.get()).isPositive();
    // The judges disagree on wordy answers only, which the seed gives and the best does not.
    assertThat(tally.agreement()).isBetween(0.2, 0.99);
    assertThat(report.seed().validationScore()).isLessThan(0.7);
    assertThat(report.best().validationScore()).isGreaterThan(report.seed().validationScore());
    assertThat(report.improvement().significant()).isTrue();
    assertThat(report.best().testInterval()).isNotNull();
  }

  @Test
  void pairwiseJudgingScoresTheSeedAtHalfAndCancelsThePositionBias() {
    ScriptedJudges judges = new ScriptedJudges();
    serve(judges);
    RunReport report =
        Runs.run("e2e-judge-pairwise", SpecReader.parse(SPEC.formatted("mean", "pairwise", 5000)));

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    Runs.describe("pairwise", report, server.completionsServed());
    // The seed's answers are its own baseline: ties, for which no judge is asked.
    assertThat(report.seed().validationScore()).isEqualTo(0.5);
    assertThat(report.seed().testScore()).isEqualTo(0.5);
    assertThat(report.best().testScore()).isGreaterThan(0.7);
    assertThat(judges.saidA.get()).isLessThan(judges.asked.get());
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }

  @Test
  void theBudgetCountsJudgeCallsAndIsNeverExceeded() {
    ScriptedJudges judges = new ScriptedJudges();
    serve(judges);
    int maxCalls = 400;
    RunReport report =
        Runs.run(
            "e2e-judge-budget",
            SpecReader.parse(
                SPEC.formatted("majority", "pointwise", maxCalls)
                    .replace("generations: 4", "generations: 50")));

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.usage().calls())
        .isEqualTo(server.completionsServed())
        .isLessThanOrEqualTo(maxCalls);
    assertThat(report.generations()).hasSizeLessThan(50);
    assertThat(report.best().testScore()).isNotNull();
  }
}
