package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.Example;
import dev.gradus.search.ProposalParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SimulatedOptimizerTest {

  private static final int SAMPLES = 200;
  private static final String BASE =
      "Classify the sentiment of the review. Answer with a single lowercase word: positive or"
          + " negative.";

  private final SimulatedLlm llm = new SimulatedLlm();
  private final SimulatedTask sentiment = SimulatedTasks.byName("sentiment").orElseThrow();
  private final Requirement negation = sentiment.requirement("negation").orElseThrow();

  @Test
  void repliesCarryTheInstructionInTags() {
    for (int sample = 0; sample < 50; sample++) {
      String reply = llm.propose(scoresOnly(), 0.7, sample);
      assertThat(reply).contains("<INS>").contains("</INS>");
      assertThat(ProposalParser.parse(reply)).isPresent();
    }
  }

  @Test
  void errorFeedbackAddsTheMissingRequirementFarMoreOftenThanScoresAlone() {
    double withErrors =
        rateExpressing(negation, sample -> llm.propose(errorFeedback(), 0.7, sample));
    double withScores = rateExpressing(negation, sample -> llm.propose(scoresOnly(), 0.7, sample));
    assertThat(withErrors).isGreaterThan(0.5);
    assertThat(withErrors).isGreaterThan(withScores + 0.35);
  }

  @Test
  void aCritiqueNamingTheRequirementIsFollowed() {
    String meta =
        "Current prompt:\n<INS>"
            + BASE
            + "</INS>\n\nCritique: it misreads negated phrases such as 'not good'.\n\n"
            + "Write an improved prompt between <INS> and </INS>.";
    assertThat(rateExpressing(negation, sample -> llm.propose(meta, 0.7, sample)))
        .isGreaterThan(0.6);
  }

  @Test
  void differentSamplesGiveDifferentProposals() {
    Set<String> proposals = new HashSet<>();
    for (int sample = 0; sample < 20; sample++) {
      proposals.add(ProposalParser.parse(llm.propose(scoresOnly(), 0.0, sample)).orElseThrow());
    }
    assertThat(proposals).hasSizeGreaterThan(10);
    assertThat(llm.propose(scoresOnly(), 0.0, 7)).isEqualTo(llm.propose(scoresOnly(), 0.0, 7));
  }

  @Test
  void inductionFromExamplesAloneStatesTheTask() {
    List<Example> shown = sentiment.examples().subList(0, 5);
    StringBuilder meta =
        new StringBuilder(
            "I gave a friend an instruction and 5 inputs. Here are the input-output pairs:\n\n");
    shown.forEach(
        e ->
            meta.append("Input: ")
                .append(e.input())
                .append("\nOutput: ")
                .append(e.target())
                .append("\n\n"));
    meta.append("What was the instruction? Write it between <INS> and </INS>.");
    double rate =
        rateExpressing(sentiment.core(), sample -> llm.propose(meta.toString(), 0.7, sample));
    assertThat(rate).isBetween(0.7, 0.95);
  }

  @Test
  void resamplingAnInstructionAloneStillRecognisesItsTask() {
    String meta =
        "Generate a variation of the following instruction.\n\nInput: <INS>"
            + BASE
            + "</INS>\n\nOutput:";
    double kept = rateExpressing(sentiment.core(), sample -> llm.propose(meta, 0.7, sample));
    assertThat(kept).isGreaterThan(0.85);
  }

  @Test
  void anUnknownTaskStillGetsAnInstruction() {
    String reply = llm.propose("Improve this prompt:\n<INS>Translate into French.</INS>", 0.0, 0);
    assertThat(ProposalParser.parse(reply))
        .hasValueSatisfying(ins -> assertThat(ins).contains("French"));
  }

  private double rateExpressing(Requirement requirement, IntFunction<String> propose) {
    int expressing = 0;
    for (int sample = 0; sample < SAMPLES; sample++) {
      String instruction = ProposalParser.parse(propose.apply(sample)).orElseThrow();
      expressing += requirement.expressedBy(instruction) ? 1 : 0;
    }
    return (double) expressing / SAMPLES;
  }

  private static String scoresOnly() {
    return "Your task is to generate the instruction <INS>. Below are some previous instructions"
        + " with their scores.\n\n"
        + "text:\n"
        + "<INS>What is the sentiment of this review?</INS>\n"
        + "score:\n"
        + "5\n\n"
        + "text:\n"
        + "<INS>"
        + BASE
        + "</INS>\n"
        + "score:\n"
        + "37\n\n"
        + "Generate an instruction that is different from all the instructions <INS> above, and has"
        + " a higher score. The instruction should begin with <INS> and end with </INS>.";
  }

  private String errorFeedback() {
    StringBuilder meta =
        new StringBuilder(
            "My current prompt is:\n<INS>"
                + BASE
                + "</INS>\n\nBut it gets these examples wrong:\n\n");
    sentiment.cases().stream()
        .filter(c -> c.needs().contains("negation"))
        .limit(3)
        .forEach(
            c ->
                meta.append("Input: ")
                    .append(c.example().input())
                    .append("\nExpected: ")
                    .append(c.example().target())
                    .append("\nGot: ")
                    .append(c.literalAnswers().get("negation"))
                    .append("\n\n"));
    return meta.append("Write an improved prompt between <INS> and </INS>.").toString();
  }
}
