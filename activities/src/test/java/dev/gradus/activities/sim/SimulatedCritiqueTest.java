package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.MetaPrompt;
import dev.gradus.search.ProposalParser;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The simulated optimizer under ProTeGi's own prompts: critiques ("gradients") that name what the
 * errors shown reveal, and edits that follow a critique far more often than blind variations do.
 */
class SimulatedCritiqueTest {

  private static final int SAMPLES = 200;
  private static final String BASE =
      "Classify the sentiment of the review. Answer with a single lowercase word: positive or"
          + " negative.";
  private static final Pattern REASON = Pattern.compile("<START>(.*?)<END>", Pattern.DOTALL);

  private final SimulatedLlm llm = new SimulatedLlm();
  private final SimulatedTask sentiment = SimulatedTasks.byName("sentiment").orElseThrow();
  private final Requirement negation = sentiment.requirement("negation").orElseThrow();

  @Test
  void critiquesOfNegationErrorsNameNegationFarMoreOftenThanCritiquesWithoutErrors() {
    String withErrors = gradientPrompt(negationErrors(4));
    String withoutErrors = gradientPrompt("(none shown)");
    assertThat(rateNaming(withErrors)).isGreaterThan(0.6);
    assertThat(rateNaming(withErrors)).isGreaterThan(rateNaming(withoutErrors) + 0.4);
  }

  @Test
  void everyAskedReasonComesTaggedAndEachNamesSomethingDifferent() {
    String meta = gradientPrompt(negationErrors(4)).replace("Give 1 reasons", "Give 3 reasons");
    for (int sample = 0; sample < 20; sample++) {
      List<String> reasons = reasons(llm.propose(meta, 0.7, sample));
      assertThat(reasons).hasSize(3);
      assertThat(reasons.stream().filter(negation::expressedBy).count()).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void vagueReasonsNameNoRequirementOfAnyTask() {
    for (SimulatedTask task : SimulatedTasks.all()) {
      for (String vague : CritiqueWriter.VAGUE) {
        assertThat(task.requirements()).noneMatch(r -> r.expressedBy(vague));
      }
    }
  }

  @Test
  void anEditShowingACritiqueAddsWhatItNamesFarMoreOftenThanAVariation() {
    String critique =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(
                sample -> reasons(llm.propose(gradientPrompt(negationErrors(4)), 0.7, sample)))
            .flatMap(List::stream)
            .filter(negation::expressedBy)
            .findFirst()
            .orElseThrow();
    String edit =
        MetaPrompt.load("protegi-edit")
            .fill(
                Map.of(
                    "prompt",
                    BASE,
                    "errors",
                    negationErrors(4),
                    "critique",
                    critique,
                    "edits",
                    "1"));
    String variation = MetaPrompt.load("protegi-paraphrase").fill(Map.of("instruction", BASE));
    double edited = rateExpressing(negation, edit);
    double varied = rateExpressing(negation, variation);
    assertThat(edited).isGreaterThan(0.7);
    assertThat(edited).isGreaterThan(varied + 0.6);
  }

  private static String gradientPrompt(String errors) {
    return MetaPrompt.load("protegi-gradient")
        .fill(Map.of("prompt", BASE, "errors", errors, "reasons", "1"));
  }

  /** Errors as ProTeGi shows them, on examples that need negation, with its literal mistake. */
  private String negationErrors(int n) {
    StringBuilder out = new StringBuilder();
    List<SimulatedCase> cases =
        sentiment.cases().stream().filter(c -> c.needs().contains("negation")).limit(n).toList();
    for (int i = 0; i < cases.size(); i++) {
      SimulatedCase c = cases.get(i);
      out.append("## Example ")
          .append(i + 1)
          .append("\nInput: ")
          .append(c.example().input())
          .append("\nExpected: ")
          .append(c.example().target())
          .append("\nGot: ")
          .append(c.literalAnswers().get("negation"))
          .append("\n\n");
    }
    return out.toString().strip();
  }

  private double rateNaming(String meta) {
    int naming = 0;
    for (int sample = 0; sample < SAMPLES; sample++) {
      naming +=
          reasons(llm.propose(meta, 0.7, sample)).stream().anyMatch(negation::expressedBy) ? 1 : 0;
    }
    return (double) naming / SAMPLES;
  }

  private double rateExpressing(Requirement requirement, String meta) {
    int expressing = 0;
    for (int sample = 0; sample < SAMPLES; sample++) {
      String instruction = ProposalParser.parse(llm.propose(meta, 0.7, sample)).orElseThrow();
      expressing += requirement.expressedBy(instruction) ? 1 : 0;
    }
    return (double) expressing / SAMPLES;
  }

  private static List<String> reasons(String reply) {
    Matcher m = REASON.matcher(reply);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1).strip());
    }
    return out;
  }
}
