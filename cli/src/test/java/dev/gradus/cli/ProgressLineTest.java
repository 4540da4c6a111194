package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void showsGenerationScoresCallsCostAndEta() {
    assertThat(ProgressLine.format(report(RunStatus.RUNNING, 65L)))
        .isEqualTo("generation 3/8 | best 0.812 | seed 0.640 | 1,204 calls | $0.0421 | ETA 1m05s");
  }

  @Test
  void pausedRunSaysSoFirst() {
    assertThat(ProgressLine.format(report(RunStatus.PAUSED, null)))
        .startsWith("PAUSED | generation 3/8")
        .endsWith("ETA --");
  }

  @Test
  void endedRunHasNoEta() {
    assertThat(ProgressLine.format(report(RunStatus.COMPLETED, null))).doesNotContain("ETA");
  }

  @Test
  void missingScoresShowAsDashes() {
    RunReport early =
        new RunReport(
            "r",
            "n",
            RunStatus.RUNNING,
            "opro",
            0,
            8,
            null,
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
    assertThat(ProgressLine.format(early))
        .isEqualTo("generation 0/8 | best - | seed - | 0 calls | $0.0000 | ETA --");
  }

  @Test
  void durationsAreShortAndHuman() {
    assertThat(ProgressLine.duration(0)).isEqualTo("0s");
    assertThat(ProgressLine.duration(45)).isEqualTo("45s");
    assertThat(ProgressLine.duration(65)).isEqualTo("1m05s");
    assertThat(ProgressLine.duration(3599)).isEqualTo("59m59s");
    assertThat(ProgressLine.duration(3720)).isEqualTo("1h02m");
    assertThat(ProgressLine.duration(2 * 86_400 + 3 * 3600)).isEqualTo("2d03h");
    assertThat(ProgressLine.duration(-5)).isEqualTo("0s");
  }

  @Test
  void costHasCentsAboveADollar() {
    assertThat(ProgressLine.cost(1234.5)).isEqualTo("$1,234.50");
    assertThat(ProgressLine.cost(0.04213)).isEqualTo("$0.0421");
  }

  private static RunReport report(RunStatus status, Long eta) {
    return new RunReport(
        "gradus-demo-x",
        "demo",
        status,
        "opro",
        3,
        8,
        new ScoredPrompt("c9", "Label it.", List.of(), 0.8123, 60, null, null, null, null),
        new ScoredPrompt("c0", "Classify.", List.of(), 0.64, 60, null, null, null, null),
        List.of(),
        new Usage(1204, 300, 5000, 400, 0.04213),
        List.of(),
        null,
        null,
        30L,
        eta,
        null,
        null);
  }
}
