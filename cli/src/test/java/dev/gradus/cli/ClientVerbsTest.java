package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** status, pause, resume, cancel, result and list against a real (embedded) Temporal server. */
class ClientVerbsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TemporalFixture temporal;

  @BeforeAll
  static void startTemporal() throws IOException {
    temporal = new TemporalFixture();
  }

  @AfterAll
  static void stopTemporal() throws InterruptedException {
    temporal.close();
  }

  @Test
  void statusJsonReturnsTheLiveProgress() throws IOException {
    String id = temporal.start(FakeOptimizationWorkflow.ENDLESS, "status-live");
    JsonNode report = awaitStatus(id, r -> r.path("generation").asInt() >= 1);
    assertThat(report.path("runId").asText()).isEqualTo(id);
    assertThat(report.path("status").asText()).isEqualTo("RUNNING");
    assertThat(report.path("best").path("validationScore").isNumber()).isTrue();
    assertThat(report.path("usage").path("calls").asLong()).isPositive();
    assertThat(temporal.cli("cancel", id).exitCode()).isZero();
  }

  @Test
  void injectAndBudgetReachTheRunAndRejectionsAreExplained() {
    String id = temporal.start(FakeOptimizationWorkflow.ENDLESS, "steer");

    CliResult injected = temporal.cli("inject", id, "Answer in one lowercase word.");
    assertThat(injected.exitCode()).as(injected.err()).isZero();
    assertThat(injected.out()).contains("Injected candidate h1 into " + id);

    CliResult empty = temporal.cli("inject", id, " ");
    assertThat(empty.exitCode()).isEqualTo(1);
    assertThat(empty.err()).contains("refused the change: instruction: must not be empty");

    CliResult budget = temporal.cli("budget", id, "--generations", "9", "--max-wall-time", "2h");
    assertThat(budget.exitCode()).as(budget.err()).isZero();
    assertThat(budget.out()).contains("generations 9").contains("maxWallTime 2h");
    temporal.cli("cancel", id);
  }

  @Test
  void pauseAndResumeReachTheRun() throws IOException {
    String id = temporal.start(FakeOptimizationWorkflow.ENDLESS, "pause-resume");
    CliResult paused = temporal.cli("pause", id);
    assertThat(paused.exitCode()).isZero();
    assertThat(paused.out()).contains("Pausing " + id);
    awaitStatus(id, r -> r.path("status").asText().equals("PAUSED"));
    int generationWhilePaused = awaitStatus(id, r -> true).path("generation").asInt();
    sleep(300);
    assertThat(awaitStatus(id, r -> true).path("generation").asInt())
        .isEqualTo(generationWhilePaused);

    assertThat(temporal.cli("resume", id).exitCode()).isZero();
    awaitStatus(
        id,
        r ->
            r.path("status").asText().equals("RUNNING")
                && r.path("generation").asInt() > generationWhilePaused);
    temporal.cli("cancel", id);
  }

  @Test
  void cancelledRunReturnsItsBestSoFar() throws IOException {
    String id = temporal.start(FakeOptimizationWorkflow.ENDLESS, "cancelled");
    awaitStatus(id, r -> r.path("generation").asInt() >= 1);
    CliResult cancel = temporal.cli("cancel", id);
    assertThat(cancel.exitCode()).isZero();
    assertThat(cancel.out()).contains("finishes its current generation");

    CliResult result = temporal.cli("result", id, "--json");
    assertThat(result.exitCode()).isZero();
    JsonNode report = singleJsonDocument(result.out());
    assertThat(report.path("status").asText()).isEqualTo("CANCELLED");
    assertThat(report.path("best").path("instruction").asText()).isNotEmpty();

    CliResult again = temporal.cli("pause", id);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("has already ended");
  }

  @Test
  void resultFollowsContinueAsNewAndDrawsProgressOnATerminal() throws IOException {
    String id = temporal.start(FakeOptimizationWorkflow.CHAINED, "chained");
    CliResult result = TemporalFixture.execute(temporal.environment(true), "result", id, "--json");
    assertThat(result.exitCode()).isZero();
    JsonNode report = singleJsonDocument(result.out());
    assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(report.path("generations")).hasSize(3);
    assertThat(report.path("best").path("testScore").isNumber()).isTrue();
  }

  @Test
  void resultListsTheCandidatesWithTheirScoresParentsAndNotes() throws IOException {
    String id = temporal.start(FakeOptimizationWorkflow.CHAINED, "candidates");
    CliResult text = temporal.cli("result", id, "--candidates");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Leaderboard (best first)")
        .containsPattern("c3\\s+0\\.530 \\[0\\.300, 0\\.700\\] \\(n=20\\)\\s+gen 3\\s+opro from c0")
        .contains("    Answer positive or negative.")
        .contains("    why: asked for a label")
        .contains("Ancestry of the best (oldest first)");

    CliResult json = temporal.cli("result", id, "--candidates", "--json");
    JsonNode document = singleJsonDocument(json.out());
    assertThat(document.path("runId").asText()).isEqualTo(id);
    assertThat(document.path("leaderboard").get(0).path("parentIds").get(0).asText())
        .isEqualTo("c0");
    assertThat(document.path("leaderboard").get(0).path("interval").path("method").asText())
        .isEqualTo("wilson");
  }

  @Test
  void progressLineIsRedrawnOnStderrWhileFollowing() {
    String id = temporal.start(FakeOptimizationWorkflow.SLOW, "slow-progress");
    CliResult result = TemporalFixture.execute(temporal.environment(true), "result", id);
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("\rgeneration ").contains("/3 | best ").contains("ETA ");
    assertThat(result.out())
        .contains("Run          " + id)
        .contains("COMPLETED")
        .contains("Answer positive or negative.");
  }

  @Test
  void failedRunExitsWithOneAndSaysWhy() throws IOException {
    String id = temporal.start(FakeOptimizationWorkflow.FAILING, "failing");
    CliResult result = temporal.cli("result", id, "--json");
    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode report = singleJsonDocument(result.out());
    assertThat(report.path("status").asText()).isEqualTo("FAILED");
    assertThat(report.path("error").asText()).contains("simulated crash");
  }

  @Test
  void listJsonShowsRunsNewestFirstWithTheirStatus() throws IOException {
    String older = temporal.start(FakeOptimizationWorkflow.CHAINED, "list-older");
    temporal.cli("result", older);
    String newer = temporal.start(FakeOptimizationWorkflow.ENDLESS, "list-newer");
    temporal.cli("pause", newer);
    awaitStatus(newer, r -> r.path("status").asText().equals("PAUSED"));

    CliResult list = temporal.cli("list", "--json");
    assertThat(list.exitCode()).isZero();
    List<String> ids = singleJsonDocument(list.out()).findValuesAsText("runId");
    assertThat(ids).containsOnlyOnce(older, newer);
    assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
    JsonNode rows = singleJsonDocument(list.out());
    for (JsonNode row : rows) {
      assertThat(row.path("startTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      if (row.path("runId").asText().equals(older)) {
        assertThat(row.path("status").asText()).isEqualTo("COMPLETED");
      }
      if (row.path("runId").asText().equals(newer)) {
        assertThat(row.path("status").asText()).isEqualTo("PAUSED");
      }
    }
    assertThat(temporal.cli("list").out()).contains("RUN ID").contains(newer);
    temporal.cli("cancel", newer);
  }

  @Test
  void unknownRunIsAClearError() {
    for (String verb : List.of("status", "pause", "resume", "cancel", "result")) {
      CliResult result = temporal.cli(verb, "gradus-nope-000000-000000-0000");
      assertThat(result.exitCode()).as(verb).isEqualTo(1);
      assertThat(result.err()).as(verb).contains("no run with id gradus-nope-000000-000000-0000");
    }
  }

  @Test
  void detachedRunPrintsOnlyItsId() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        new RunLauncher(temporal.environment(false), new PrintWriter(out), new PrintWriter(err))
            .launch(TemporalFixture.spec("Detached Demo"), null, true, false);
    assertThat(exit).isZero();
    String id = out.toString().strip();
    assertThat(id).matches("gradus-detached-demo-\\d{6}-\\d{6}-[0-9a-f]{4}");
    assertThat(temporal.cli("result", id).exitCode()).isZero();
  }

  @Test
  void followedRunPrintsExactlyOneJsonReport() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        new RunLauncher(temporal.environment(false), new PrintWriter(out), new PrintWriter(err))
            .launch(TemporalFixture.spec("followed"), "followed-run", false, true);
    assertThat(exit).isZero();
    JsonNode report = singleJsonDocument(out.toString());
    assertThat(report.path("runId").asText()).isEqualTo("followed-run");
    assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(err.toString()).contains("Started followed-run");
  }

  /** Parses stdout and checks it holds one JSON document and nothing else. */
  static JsonNode singleJsonDocument(String stdout) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(stdout)) {
      JsonNode document = JSON.readTree(parser);
      assertThat(document).as("a JSON document in: %s", stdout).isNotNull();
      assertThat(parser.nextToken()).as("nothing after the document in: %s", stdout).isNull();
      return document;
    }
  }

  private static JsonNode awaitStatus(String id, Predicate<JsonNode> condition) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      CliResult status = temporal.cli("status", id, "--json");
      if (status.exitCode() == 0) {
        JsonNode report = singleJsonDocument(status.out());
        if (condition.test(report)) {
          return report;
        }
      }
      assertThat(System.nanoTime())
          .as("status of %s in time; last: %s", id, status)
          .isLessThan(deadline);
      sleep(100);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
