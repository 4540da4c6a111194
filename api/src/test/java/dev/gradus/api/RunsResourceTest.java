package dev.gradus.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.gradus.workflow.PromptOptimizationWorkflow;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TemporalWithWorker.class)
class RunsResourceTest {

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
    given().get("/api/runs").then().statusCode(200).body("runId", hasItem("gradus-api-1"));

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
  void unknownRunIs404() {
    given().get("/api/runs/no-such-run").then().statusCode(404);
  }

  @Test
  void healthOpenApiAndMetricsAnswer() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/openapi").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
  }
}
