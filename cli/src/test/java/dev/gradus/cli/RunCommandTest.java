package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  /** Nothing listens here: a command that tried to reach Temporal would fail with exit code 1. */
  private static final CliEnvironment NO_SERVER =
      new CliEnvironment(Map.of("TEMPORAL_ADDRESS", "127.0.0.1:1"), Path.of("target"), false);

  @Test
  void invalidSpecPrintsEveryErrorAndExitsTwoWithoutStarting(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("broken.yaml");
    Files.writeString(
        spec,
        """
        name: broken
        task:
          dataset: { simulated: sentiment }
          template: "{{instruction}} {{input}}"
          metric: exact_match
        strategy: { type: no-such-strategy }
        budget: { generations: 0 }
        seed: 1
        """);

    CliResult result = TemporalFixture.execute(NO_SERVER, "run", spec.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    List<String> lines = Arrays.asList(result.err().split("\\R"));
    for (String path : List.of("seedPrompt", "models", "strategy.type", "budget.generations")) {
      assertThat(lines)
          .as("an error line for %s in:%n%s", path, result.err())
          .anyMatch(line -> line.startsWith(path + ": "));
    }
  }

  @Test
  void missingSpecFileIsAUsageError(@TempDir Path dir) {
    CliResult result =
        TemporalFixture.execute(NO_SERVER, "run", dir.resolve("absent.yaml").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no spec file");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliResult result = TemporalFixture.execute(NO_SERVER, "status", "some-run", "--frobnicate");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--frobnicate");
  }

  @Test
  void inspectingWithoutAServerIsAClearError() {
    CliEnvironment nothingConfigured = new CliEnvironment(Map.of(), Path.of("target"), false);
    org.junit.jupiter.api.Assumptions.assumeFalse(
        LoopbackPorts.isListening(EmbeddedTemporalServer.DEFAULT_PORT),
        "a Temporal server runs on 127.0.0.1:7233");
    CliResult result = TemporalFixture.execute(nothingConfigured, "list");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains("no Temporal server")
        .contains("TEMPORAL_ADDRESS")
        .contains("./gradus up");
  }

  @Test
  void demoSpecIsAValidRunSpec() {
    var spec = dev.gradus.spec.SpecReader.parse(DemoCommand.demoSpec());
    assertThat(spec.name()).isEqualTo("demo");
    assertThat(spec.strategy().type()).isEqualTo("opro");
    assertThat(spec.models().target().provider()).isEqualTo("sim");
  }
}
