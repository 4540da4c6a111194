package dev.gradus.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowStub;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TemporalWithWorker.class)
class RunControlResourceTest {

  @Test
  void pauseAndResumeReachTheRun() {
    String runId = RunsResourceTest.start("control-pause");
    given()
        .post("/api/runs/" + runId + "/pause")
        .then()
        .statusCode(202)
        .body("runId", equalTo(runId))
        .body("message", containsString("pausing"));
    given().get("/api/runs/" + runId).then().body("status", equalTo("PAUSED"));
    given().post("/api/runs/" + runId + "/resume").then().statusCode(202);
    given().get("/api/runs/" + runId).then().body("status", equalTo("RUNNING"));
    RunsResourceTest.finish(runId);
  }

  @Test
  void cancelEndsTheRunAndLaterControlsAnswer409() {
    String runId = RunsResourceTest.start("control-cancel");
    given()
        .post("/api/runs/" + runId + "/cancel")
        .then()
        .statusCode(202)
        .body("message", containsString("cancelling"));
    WorkflowStub run = TemporalWithWorker.client.newUntypedWorkflowStub(runId);
    try {
      run.getResult(Object.class);
    } catch (RuntimeException expected) {
      // A cancelled run ends without a result.
    }
    org.assertj.core.api.Assertions.assertThat(run.describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
    for (String action : new String[] {"pause", "resume", "cancel"}) {
      given()
          .post("/api/runs/" + runId + "/" + action)
          .then()
          .statusCode(409)
          .body("error", containsString("has already ended"));
    }
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("instruction", "Too late."))
        .post("/api/runs/" + runId + "/candidates")
        .then()
        .statusCode(409);
  }

  @Test
  void controlsOfAnUnknownRunAnswer404() {
    given().post("/api/runs/nobody/pause").then().statusCode(404);
    given().post("/api/runs/nobody/cancel").then().statusCode(404);
    given().get("/api/runs/nobody/candidates").then().statusCode(404);
  }

  @Test
  void anInjectedInstructionJoinsTheCandidates() {
    String runId = RunsResourceTest.start("control-inject");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("instruction", "Answer positive or negative."))
        .post("/api/runs/" + runId + "/candidates")
        .then()
        .statusCode(201)
        .body("candidateId", equalTo("h1"));

    // The run's own validator refuses a repeat: its reason comes back as the error.
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("instruction", "Answer positive or negative."))
        .post("/api/runs/" + runId + "/candidates")
        .then()
        .statusCode(400)
        .body("error", containsString("injected before"));
    RunsResourceTest.finish(runId);

    // The run recorded its candidates in the results store when it ended.
    given()
        .get("/api/runs/" + runId + "/candidates")
        .then()
        .statusCode(200)
        .body("runId", equalTo(runId))
        .body("candidates.instruction", hasItem("Answer positive or negative."))
        .body("candidates.find { it.id == 'h1' }.operation", equalTo("human"));
    given()
        .get("/api/runs/" + runId + "/generations")
        .then()
        .statusCode(200)
        .body("generation", equalTo(List.of(1)))
        .body("[0].bestScore", equalTo(0.9f));
  }

  @Test
  void anEmptyOrMissingInstructionAnswers400NamingTheField() {
    String runId = RunsResourceTest.start("control-empty");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("instruction", "  "))
        .post("/api/runs/" + runId + "/candidates")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("instruction"));
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/runs/" + runId + "/candidates")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("instruction"));
    RunsResourceTest.finish(runId);
  }
}
