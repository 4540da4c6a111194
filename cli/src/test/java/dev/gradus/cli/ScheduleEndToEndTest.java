package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gradus schedule} against the embedded Temporal server and the real worker process, with
 * the simulated LLM: the first run beats the seed and is promoted, a second identical run is not,
 * and pause, resume, list, show and delete work as a platform team would use them.
 */
class ScheduleEndToEndTest {

  private static EmbeddedTemporalServer server;
  private static Process worker;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    server = EmbeddedTemporalServer.start(0);
    worker = WorkerProcess.start(server.target(), "schedule-worker", Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    worker.destroy();
    worker.waitFor(15, TimeUnit.SECONDS);
    server.close();
  }

  private static CliResult cli(String... args) {
    return TemporalFixture.execute(
        new CliEnvironment(Map.of("TEMPORAL_ADDRESS", server.target()), WorkerProcess.REPO, false),
        args);
  }

  private static JsonNode show(String name) throws Exception {
    CliResult r = cli("schedule", "show", name, "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return ClientVerbsTest.singleJsonDocument(r.out());
  }

  private static JsonNode awaitShow(String name, Predicate<JsonNode> until) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    JsonNode view = show(name);
    while (!until.test(view)) {
      assertThat(System.nanoTime())
          .as("waiting for schedule %s: %s", name, view)
          .isLessThan(deadline);
      Thread.sleep(250);
      view = show(name);
    }
    return view;
  }

  @Test
  void promotesOnlyABetterPromptAndCanBePausedResumedAndDeleted() throws Exception {
    Path spec = dir.resolve("sched.yaml");
    Files.writeString(
        spec,
        """
        name: nightly
        task:
          dataset: { simulated: sentiment }
        seedPrompt: "Classify the sentiment of the sentence."
        models:
          target: { provider: sim }
          optimizer: { provider: sim, temperature: 1.0 }
        strategy: { type: opro, proposals: 4 }
        budget: { generations: 3 }
        seed: 5
        """);

    CliResult created = cli("schedule", spec.toString(), "--every", "6h");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out()).contains("Schedule nightly created: every 6h.");

    JsonNode first = awaitShow("nightly", v -> v.path("history").size() == 1);
    JsonNode run1 = first.path("history").get(0);
    assertThat(run1.path("promoted").asBoolean()).as(run1.toString()).isTrue();
    assertThat(run1.path("challengerScore").asDouble())
        .isGreaterThan(run1.path("incumbentScore").asDouble());
    assertThat(run1.path("pValue").asDouble()).isLessThan(0.05);
    assertThat(first.path("incumbent").path("runId").asText())
        .isEqualTo(run1.path("runId").asText());
    CliResult runResult = cli("result", run1.path("runId").asText(), "--json");
    assertThat(ClientVerbsTest.singleJsonDocument(runResult.out()).path("best").path("instruction"))
        .isEqualTo(first.path("incumbent").path("instruction"));

    assertThat(cli("schedule", "run", "nightly").exitCode()).isZero();
    JsonNode second = awaitShow("nightly", v -> v.path("history").size() == 2);
    JsonNode run2 = second.path("history").get(1);
    assertThat(run2.path("promoted").asBoolean()).isFalse();
    assertThat(second.path("incumbent").path("runId")).isEqualTo(run1.path("runId"));

    assertThat(cli("schedule", "pause", "nightly").exitCode()).isZero();
    awaitShow("nightly", v -> v.path("status").asText().equals("PAUSED"));
    CliResult list = cli("schedule", "list", "--json");
    JsonNode listed = ClientVerbsTest.singleJsonDocument(list.out());
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("status").asText()).isEqualTo("PAUSED");
    CliResult table = cli("schedule", "show", "nightly");
    assertThat(table.out()).contains("Schedule nightly (PAUSED): every 6h").contains("promoted:");

    assertThat(cli("schedule", "resume", "nightly").exitCode()).isZero();
    awaitShow("nightly", v -> v.path("status").asText().equals("ACTIVE"));

    CliResult deleted = cli("schedule", "delete", "nightly");
    assertThat(deleted.exitCode()).as(deleted.err()).isZero();
    JsonNode end = awaitShow("nightly", v -> v.path("status").asText().equals("DELETED"));
    assertThat(end.path("history")).hasSize(2);
    assertThat(ClientVerbsTest.singleJsonDocument(cli("schedule", "list", "--json").out()))
        .isEmpty();
    CliResult again = cli("schedule", "pause", "nightly");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("schedule nightly has been deleted");
  }

  @Test
  void badSchedulesAreRefusedBeforeAnythingStarts() throws Exception {
    Path spec = dir.resolve("bad.yaml");
    Files.writeString(
        spec,
        """
        name: bad
        task:
          dataset: { simulated: sentiment }
        seedPrompt: "Classify."
        models:
          target: { provider: sim }
          optimizer: { provider: sim }
        strategy: { type: opro }
        """);
    CliResult r = cli("schedule", spec.toString(), "--every", "daily", "--alpha", "2");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("every: must be a duration such as 90s, 30m, 24h or 7d, got \"daily\"")
        .contains("alpha: must be > 0 and < 1, got 2.0");
    CliResult unknown = cli("schedule", "show", "nope");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no schedule nope");
    assertThat(cli("schedule").exitCode()).isEqualTo(2);
  }
}
