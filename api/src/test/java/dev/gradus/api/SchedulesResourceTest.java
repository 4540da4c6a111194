package dev.gradus.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TemporalWithWorker.class)
class SchedulesResourceTest {

  /** A schedule of {@link RunsResourceTest#SPEC} under another name, every {@code every}. */
  private static String schedule(String name, String every) {
    String run = RunsResourceTest.SPEC.replace("name: api-sentiment", "name: " + name).indent(2);
    return "every: " + every + "\nrun:\n" + run;
  }

  private static void create(String name) {
    given()
        .contentType("application/yaml")
        .body(RunsResourceTest.utf8(schedule(name, "24h")))
        .post("/api/schedules")
        .then()
        .statusCode(201)
        .body("name", equalTo(name))
        .body("scheduleId", equalTo("gradus-schedule-" + name));
  }

  @Test
  void aScheduleIsCreatedListedShownAndItsFirstRunStarts() {
    create("nightly-api");

    Eventually.holds(
        () ->
            given()
                .get("/api/schedules")
                .then()
                .statusCode(200)
                .body("name", hasItem("nightly-api")));
    Eventually.holds(
        () ->
            given()
                .get("/api/schedules/nightly-api")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("every", equalTo("24h"))
                .body("runsStarted", greaterThanOrEqualTo(1)));
    given()
        .contentType("application/yaml")
        .body(RunsResourceTest.utf8(schedule("nightly-api", "1h")))
        .post("/api/schedules")
        .then()
        .statusCode(409)
        .body("error", containsString("already exists"));
  }

  @Test
  void pauseResumeAndDeleteReachTheSchedule() {
    create("steered-api");
    given().post("/api/schedules/steered-api/pause").then().statusCode(202);
    Eventually.holds(
        () -> given().get("/api/schedules/steered-api").then().body("status", equalTo("PAUSED")));
    given().post("/api/schedules/steered-api/resume").then().statusCode(202);
    Eventually.holds(
        () -> given().get("/api/schedules/steered-api").then().body("status", equalTo("ACTIVE")));

    given().delete("/api/schedules/steered-api").then().statusCode(202);
    Eventually.holds(
        () -> given().get("/api/schedules").then().body("name", not(hasItem("steered-api"))));
    // Deleted, its last state stays readable, history included.
    given()
        .get("/api/schedules/steered-api")
        .then()
        .statusCode(200)
        .body("status", equalTo("DELETED"))
        .body("runsStarted", greaterThanOrEqualTo(1));
    given()
        .post("/api/schedules/steered-api/pause")
        .then()
        .statusCode(409)
        .body("error", containsString("has been deleted"));
  }

  @Test
  void aScheduleWithErrorsAnswers400WithEveryErrorAndItsPath() {
    String bad =
        schedule("broken-api", "soon").replace("type: opro", "type: oprah") + "colour: blue\n";
    given()
        .contentType("application/yaml")
        .body(RunsResourceTest.utf8(bad))
        .post("/api/schedules")
        .then()
        .statusCode(400)
        .body("errors.path", hasItems("every", "run.strategy.type", "colour"));
    given()
        .contentType("application/yaml")
        .body(RunsResourceTest.utf8("every: 1h\n"))
        .post("/api/schedules")
        .then()
        .statusCode(400)
        .body("errors.path", hasItem("run"));
  }

  @Test
  void anUnknownScheduleIs404() {
    given()
        .get("/api/schedules/nope")
        .then()
        .statusCode(404)
        .body("error", containsString("no schedule nope"));
    given().post("/api/schedules/nope/pause").then().statusCode(404);
    given().delete("/api/schedules/nope").then().statusCode(404);
  }
}
