package dev.gradus.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.gradus.spec.SpecReader;
import dev.gradus.workflow.PromptOptimizationWorkflow;
import dev.gradus.workflow.RunRecord;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import dev.gradus.workflow.ScoredPrompt;
import dev.gradus.workflow.Usage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TemporalWithWorker.class)
class RunsResourceTest {

  /** A valid spec, in YAML as users write it. */
  static final String SPEC =
      """
      name: api-sentiment
      task:
        dataset: { simulated: sentiment }
        split: { train: 0.4, validation: 0.3, test: 0.3, seed: 1 }
        template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
        metric: exact_match
      seedPrompt: "Classify the sentiment of the sentence."
      models:
        target:    { provider: sim, model: sim-target, temperature: 0 }
        optimizer: { provider: sim, model: sim-optimizer, temperature: 1.0 }
      strategy: { type: opro, proposals: 8 }
      budget: { generations: 8 }
      seed: 42
      """;

  @Test
  void aRunIsListedAndReportsLiveThenFinalStatus() {
    PromptOptimizationWorkflow run =
        TemporalWithWorker.client.newWorkflowStub(
            PromptOptimizationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("gradus")
                .setWorkflowId("gradus-api-1")
                .build());
    WorkflowClient.start(run::run, null, null);

    given()
        .get("/api/runs/gradus-api-1")
        .then()
        .statusCode(200)
        .body("status", equalTo("RUNNING"))
        .body("best.validationScore", equalTo(0.9f))
        .body("usage.calls", equalTo(44));
    given().get("/api/runs").then().statusCode(200).body("runs.runId", hasItem("gradus-api-1"));

    run.resume();
    WorkflowStub.fromTyped(run).getResult(Object.class);
    given()
        .get("/api/runs/gradus-api-1")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("best.testScore", equalTo(0.8f));
  }

  @Test
  void aYamlSpecStartsARunNamedAfterIt() {
    String runId =
        given()
            .contentType("application/yaml")
            .body(utf8(SPEC))
            .post("/api/runs")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/runs/gradus-api-sentiment-"))
            .body("runId", startsWith("gradus-api-sentiment-"))
            .extract()
            .path("runId");
    given()
        .get("/api/runs/" + runId)
        .then()
        .statusCode(200)
        .body("name", equalTo("api-sentiment"))
        .body("status", equalTo("RUNNING"));
    finish(runId);
  }

  @Test
  void aJsonSpecStartsARunUnderTheIdAsked() {
    String json = SpecReader.toJson(SpecReader.parse(SPEC.replace("api-sentiment", "as-json")));
    given()
        .contentType(ContentType.JSON)
        .body(json)
        .queryParam("id", "json-run-1")
        .post("/api/runs")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/runs/json-run-1"))
        .body("runId", equalTo("json-run-1"));
    given().get("/api/runs/json-run-1").then().statusCode(200).body("name", equalTo("as-json"));

    // The same id again, while the first is open: nothing is started.
    given()
        .contentType(ContentType.JSON)
        .body(json)
        .queryParam("id", "json-run-1")
        .post("/api/runs")
        .then()
        .statusCode(409)
        .body("error", containsString("json-run-1 already exists"));
    finish("json-run-1");
  }

  @Test
  void aSpecWithErrorsAnswers400WithEveryErrorAndItsPath() {
    String bad =
        SPEC.replace("type: opro, proposals: 8", "type: oprah, proposals: 0")
            .replace("generations: 8", "generations: -1");
    given()
        .contentType("application/yaml")
        .body(utf8(bad))
        .post("/api/runs")
        .then()
        .statusCode(400)
        .body("error", startsWith("invalid run spec"))
        .body("errors.path", hasItems("strategy.type", "budget.generations"))
        .body("errors.find { it.path == 'budget.generations' }.message", containsString(">= 1"));
  }

  @Test
  void textThatIsNotYamlAnswers400NamingTheLine() {
    given()
        .contentType("application/yaml")
        .body(utf8("name: x\n  task: [unclosed\n"))
        .post("/api/runs")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("(document)"))
        .body("errors[0].message", containsString("line"));
    given()
        .contentType("application/yaml")
        .body(utf8(""))
        .post("/api/runs")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("(document)"));
  }

  @Test
  void aRunIdThatIsNotSafeAnswers400() {
    given()
        .contentType("application/yaml")
        .body(utf8(SPEC))
        .queryParam("id", "../etc/passwd")
        .post("/api/runs")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("id"));
  }

  @Test
  void pagesTogetherListEveryRunOnceNewestFirst() {
    List<String> started = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      started.add(start("page-run-" + i));
    }
    Eventually.holds(
        () ->
            assertThat(
                    given()
                        .get("/api/runs?limit=500")
                        .then()
                        .extract()
                        .<List<String>>path("runs.runId"))
                .containsAll(started));
    List<String> all = given().get("/api/runs?limit=500").then().extract().path("runs.runId");
    int total = given().get("/api/runs?limit=1").then().extract().path("total");
    assertThat(all).hasSize(total);
    // Started one after another, so newest first lists them in reverse.
    assertThat(all.stream().filter(started::contains).toList())
        .containsExactlyElementsOf(newestFirst(started));

    List<String> paged = new ArrayList<>();
    int offset = 0;
    boolean more = true;
    while (more) {
      var page =
          given()
              .queryParam("limit", 2)
              .queryParam("offset", offset)
              .get("/api/runs")
              .then()
              .statusCode(200)
              .body("limit", equalTo(2))
              .body("offset", equalTo(offset))
              .extract();
      List<String> ids = page.path("runs.runId");
      assertThat(ids).hasSizeLessThanOrEqualTo(2);
      paged.addAll(ids);
      more = page.path("more");
      offset += 2;
    }
    assertThat(paged).containsExactlyElementsOf(all);
    started.forEach(RunsResourceTest::finish);
  }

  @Test
  void theStatusFilterKeepsOnlyRunsInThatStatus() {
    String paused = start("filter-paused");
    String running = start("filter-running");
    given().post("/api/runs/" + paused + "/pause").then().statusCode(202);

    Eventually.holds(
        () ->
            given()
                .queryParam("status", "paused")
                .get("/api/runs")
                .then()
                .statusCode(200)
                .body("runs.runId", hasItem(paused))
                .body("runs.runId", not(hasItem(running)))
                .body("runs.status", not(hasItem("RUNNING"))));
    given()
        .queryParam("status", "RUNNING")
        .get("/api/runs")
        .then()
        .body("runs.runId", hasItem(running))
        .body("runs.runId", not(hasItem(paused)));
    given()
        .queryParam("status", "finished")
        .get("/api/runs")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("status"))
        .body("errors[0].message", containsString("expected one of: running, paused"));
    given().post("/api/runs/" + paused + "/resume").then().statusCode(202);
    finish(paused);
    finish(running);
  }

  @Test
  void runsFilterByTextInNameOrIdAndByStrategy() {
    String a = start("filter-text-alpha");
    String b = start("filter-text-beta");
    Eventually.holds(
        () ->
            given()
                .queryParam("q", "FILTER-TEXT")
                .get("/api/runs")
                .then()
                .body("runs.runId", hasItems(a, b))
                .body("total", equalTo(2)));
    given()
        .queryParam("q", "beta")
        .queryParam("strategy", "opro")
        .get("/api/runs")
        .then()
        .body("runs.runId", equalTo(List.of(b)));
    given()
        .queryParam("q", "alpha")
        .queryParam("strategy", "ape")
        .get("/api/runs")
        .then()
        .body("total", equalTo(0));
    finish(a);
    finish(b);
  }

  @Test
  void pageSizeAndOffsetOutOfRangeAnswer400() {
    given().queryParam("limit", 0).get("/api/runs").then().statusCode(400);
    given()
        .queryParam("limit", 501)
        .get("/api/runs")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("limit"));
    given()
        .queryParam("offset", -1)
        .get("/api/runs")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("offset"));
  }

  @Test
  void aRunTemporalNoLongerKnowsIsReadFromTheResultsStore() {
    // As after a restart of the embedded server, or past a real server's retention.
    RunReport report =
        new RunReport(
            "forgotten-run",
            "forgotten",
            RunStatus.COMPLETED,
            "ape",
            3,
            3,
            new ScoredPrompt("c4", "Be brief.", List.of(), 0.7, 10, 0.6, 10, null, null),
            new ScoredPrompt("c0", "Answer.", List.of(), 0.2, 10, 0.1, 10, null, null),
            List.of(),
            new Usage(30, 0, 300, 60, 0.01),
            List.of(),
            "generations",
            null,
            5L,
            null,
            null,
            List.of());
    new TemporalWithWorker.StoringResults()
        .record(new RunRecord(report, null, System.currentTimeMillis(), 1));

    given()
        .get("/api/runs/forgotten-run")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("best.testScore", equalTo(0.6f));
    given()
        .queryParam("status", "completed")
        .queryParam("limit", 500)
        .get("/api/runs")
        .then()
        .body("runs.find { it.runId == 'forgotten-run' }.bestTest", equalTo(0.6f))
        .body("runs.find { it.runId == 'forgotten-run' }.calls", equalTo(30));
  }

  @Test
  void unknownRunIs404() {
    given()
        .get("/api/runs/no-such-run")
        .then()
        .statusCode(404)
        .body("error", containsString("no-such-run"));
  }

  @Test
  void healthOpenApiSwaggerAndMetricsAnswer() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/openapi").then().statusCode(200).body(containsString("/api/runs/{runId}"));
    given().get("/q/swagger-ui/").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
  }

  @Test
  void anOversizedBodyIsRefusedUnread() throws Exception {
    // Headers only: the API answers from the declared length, before any of the body is sent.
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("POST /api/runs HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/yaml\r\n"
                      + "Content-Length: "
                      + (9 * 1024 * 1024)
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertThat(statusLine).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void crossOriginRequestsGetNoCorsGrant() {
    given()
        .header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "POST")
        .options("/api/runs")
        .then()
        .header("Access-Control-Allow-Origin", (String) null);
    given()
        .header("Origin", "https://elsewhere.example")
        .get("/api/runs")
        .then()
        .header("Access-Control-Allow-Origin", (String) null);
  }

  private static List<String> newestFirst(List<String> startedInOrder) {
    List<String> reversed = new ArrayList<>(startedInOrder);
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  /** A body as bytes: REST Assured sends bytes under any content type, such as YAML's. */
  static byte[] utf8(String body) {
    return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Starts a run of {@link #SPEC} under {@code runId}. */
  static String start(String runId) {
    given()
        .contentType("application/yaml")
        .body(utf8(SPEC))
        .queryParam("id", runId)
        .post("/api/runs")
        .then()
        .statusCode(201);
    return runId;
  }

  /** Lets a scripted run complete, so runs do not pile up between tests. */
  static void finish(String runId) {
    WorkflowStub run = TemporalWithWorker.client.newUntypedWorkflowStub(runId);
    run.signal("resume");
    run.getResult(Object.class);
  }
}
