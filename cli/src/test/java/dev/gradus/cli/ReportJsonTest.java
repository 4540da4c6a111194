package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.search.Candidate;
import dev.gradus.search.ScoreComparison;
import dev.gradus.search.ScoreInterval;
import dev.gradus.workflow.GenerationSummary;
import dev.gradus.workflow.JudgeTally;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field names of the report JSON are a contract (BRIEF "Report JSON"). */
class ReportJsonTest {

  @Test
  void reportJsonCarriesTheContractFields() throws Exception {
    RunReport report =
        new RunReport(
            "gradus-demo-1",
            "demo",
            RunStatus.COMPLETED,
            "opro",
            8,
            8,
            new ScoredPrompt("c9", "Label it.", List.of(3), 0.85, 60, 0.81, 60, null, null),
            new ScoredPrompt("c0", "Classify.", List.of(), 0.64, 60, 0.61, 60, null, null),
            List.of(new GenerationSummary(1, 0.7, 0.6, 8, 480, null)),
            new Usage(1204, 320, 120_345, 3400, 0.0421),
            List.of(),
            "generations",
            null,
            245L,
            null,
            null,
            null);

    JsonNode json = new ObjectMapper().readTree(JsonOutput.toJson(report));

    assertThat(json.at("/runId").asText()).isEqualTo("gradus-demo-1");
    assertThat(json.at("/status").asText()).isEqualTo("COMPLETED");
    assertThat(json.at("/generation").asInt()).isEqualTo(8);
    assertThat(json.at("/best/instruction").asText()).isEqualTo("Label it.");
    assertThat(json.at("/best/validationScore").asDouble()).isEqualTo(0.85);
    assertThat(json.at("/best/testScore").asDouble()).isEqualTo(0.81);
    assertThat(json.at("/seed/validationScore").asDouble()).isEqualTo(0.64);
    assertThat(json.at("/seed/testScore").asDouble()).isEqualTo(0.61);
    assertThat(json.at("/generations/0/bestScore").asDouble()).isEqualTo(0.7);
    assertThat(json.at("/usage/calls").asLong()).isEqualTo(1204);
    assertThat(json.at("/usage/cacheHits").asLong()).isEqualTo(320);
    assertThat(json.at("/usage/promptTokens").asLong()).isEqualTo(120_345);
    assertThat(json.at("/usage/completionTokens").asLong()).isEqualTo(3400);
    assertThat(json.at("/usage/costUsd").asDouble()).isEqualTo(0.0421);
    assertThat(json.has("error")).as("absent fields are left out").isFalse();
  }

  @Test
  void humanReportShowsBestAgainstSeed() {
    RunReport report =
        new RunReport(
            "gradus-demo-1",
            "demo",
            RunStatus.COMPLETED,
            "opro",
            8,
            8,
            new ScoredPrompt(
                "c9", "Label it.\nUse one word.", List.of(), 0.85, 60, 0.81, 60, null, null),
            new ScoredPrompt("c0", "Classify.", List.of(), 0.64, 60, 0.61, 60, null, null),
            List.of(new GenerationSummary(1, 0.7, 0.6, 8, 480, null)),
            new Usage(1204, 320, 120_345, 3400, 0.0421),
            List.of(),
            "generations",
            null,
            245L,
            null,
            null,
            null);

    String text = ReportText.format(report);

    assertThat(text)
        .contains("Status       COMPLETED  (stopped by generations)")
        .contains("opro, generation 8/8, 4m05s")
        .contains("  Label it.\n  Use one word.")
        .containsPattern("best\\s+0\\.850 \\(n=60\\)\\s+0\\.810 \\(n=60\\)")
        .containsPattern("seed\\s+0\\.640 \\(n=60\\)\\s+0\\.610 \\(n=60\\)")
        .contains("1,204 calls, 320 cache hits, 120,345 prompt + 3,400 completion tokens, $0.0421");
  }

  @Test
  void humanReportShowsIntervalsAndWhetherTheGainIsSignificant() {
    ScoreInterval wilson = new ScoreInterval(0.7284, 0.9286, ScoreInterval.WILSON);
    RunReport report =
        new RunReport(
            "gradus-demo-1",
            "demo",
            RunStatus.COMPLETED,
            "opro",
            8,
            8,
            new ScoredPrompt("c9", "Label it.", List.of(), 0.85, 60, 0.81, 60, wilson, wilson),
            new ScoredPrompt("c0", "Classify.", List.of(), 0.64, 60, 0.61, 60, null, null),
            List.of(),
            Usage.NONE,
            List.of(),
            "generations",
            null,
            245L,
            null,
            new ScoreComparison(
                0.2, new ScoreInterval(0.05, 0.35, ScoreInterval.PAIRED_BOOTSTRAP), 60, true),
            null);

    String text = ReportText.format(report);

    assertThat(text)
        .containsPattern("best\\s+0\\.850 \\[0\\.728, 0\\.929\\] \\(n=60\\)\\s+0\\.810 \\[0\\.728")
        .contains("[95% confidence intervals: wilson]")
        .contains(
            "+0.200 on test over the seed (95% CI +0.050 to +0.350, paired bootstrap, n=60):"
                + " significant");
    JsonNode json = JsonOutput.mapper().valueToTree(report);
    assertThat(json.at("/improvement/significant").asBoolean()).isTrue();
    assertThat(json.at("/best/testInterval/method").asText()).isEqualTo("wilson");
  }

  @Test
  void longInstructionIsWrappedAtWordBoundaries() {
    String instruction = "Classify the sentiment of the sentence. ".repeat(8).strip();
    RunReport report =
        new RunReport(
            "r",
            "n",
            RunStatus.RUNNING,
            "opro",
            1,
            8,
            new ScoredPrompt("c1", instruction, List.of(), 0.5, 10, null, null, null, null),
            null,
            List.of(),
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null);

    List<String> text = ReportText.format(report).lines().toList();
    List<String> lines = text.subList(text.indexOf("Best prompt  c1") + 1, text.indexOf(""));

    assertThat(lines).hasSizeGreaterThan(1).allMatch(line -> line.length() <= 96);
    assertThat(String.join(" ", lines.stream().map(String::strip).toList())).isEqualTo(instruction);
  }

  @Test
  void humanReportShowsPerExampleDifferencesAndTheJudges() {
    RunReport report =
        new RunReport(
            "gradus-demo-2",
            "demo",
            RunStatus.COMPLETED,
            "opro",
            2,
            2,
            new ScoredPrompt("c9", "Label it.", List.of(), 0.8, 5, 0.8, 5, null, null, "++0++"),
            new ScoredPrompt("c0", "Classify.", List.of(), 0.2, 5, 0.4, 5, null, null, "0+0+0"),
            List.of(),
            new Usage(10, 0, 100, 10, 0.0, new JudgeTally(18, 2, 9, 6)),
            List.of(),
            "generations",
            null,
            1L,
            null,
            null,
            null);

    String text = ReportText.format(report);

    assertThat(text)
        .contains(
            "Per example  on test, the best is better than the seed on 2 examples (#0, #4),"
                + " worse on none")
        .contains(
            "Judges       18 usable verdicts, 2 unusable; 67% of 9 verdict pairs on the same"
                + " answer agreed");
  }

  @Test
  void candidatesShowTheirMarksAndWhatTheyChangedFromTheirParents() {
    Candidate seed =
        Candidate.proposed("c0", "Classify.", List.of(), "seed", null, 0)
            .withScore(0.25, 4, null, "0+00");
    Candidate child =
        Candidate.proposed("c1", "Label it.", List.of("c0"), "opro", "asked for a label", 1)
            .withScore(0.5, 4, null, "++0.");

    String text = ReportText.candidates(List.of(child, seed), List.of(seed, child));

    assertThat(text)
        .contains("    results: ++0.\n    better than c0 on 1 example (#0), worse on none\n")
        .contains("    results: 0+00\n")
        .contains("+ right, 0-9 partial (tenths), . not scored");
  }
}
