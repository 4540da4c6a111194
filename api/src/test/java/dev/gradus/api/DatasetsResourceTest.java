package dev.gradus.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TemporalWithWorker.class)
class DatasetsResourceTest {

  static final String REVIEWS =
      """
      {"input": "A delight from start to end", "target": "positive"}
      {"input": "I walked out", "target": "negative"}
      """;

  @Test
  void anUploadAnswers201ThenTheSameBytesAnswer200WithTheSameDataset() {
    String id =
        given()
            .contentType("application/x-ndjson")
            .body(RunsResourceTest.utf8(REVIEWS))
            .queryParam("name", "reviews.jsonl")
            .post("/api/datasets")
            .then()
            .statusCode(201)
            .body("id", matchesPattern("ds-[0-9a-f]{16}"))
            .body("name", equalTo("reviews.jsonl"))
            .body("format", equalTo("jsonl"))
            .body("examples", equalTo(2))
            .extract()
            .path("id");
    given()
        .contentType("application/x-ndjson")
        .body(RunsResourceTest.utf8(REVIEWS))
        .queryParam("name", "again.jsonl")
        .post("/api/datasets")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("name", equalTo("reviews.jsonl"));
    given().get("/api/datasets/" + id).then().statusCode(200).body("examples", equalTo(2));
    given().get("/api/datasets").then().statusCode(200).body("id", hasItem(id));
  }

  @Test
  void theFormatComesFromTheNameTheContentTypeOrTheQuery() {
    byte[] csv = RunsResourceTest.utf8("input,target\nhi,greeting\n");
    given()
        .contentType("text/csv")
        .body(csv)
        .queryParam("name", "words")
        .post("/api/datasets")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/datasets/ds-"))
        .body("format", equalTo("csv"));
    given()
        .contentType("application/octet-stream")
        .body(RunsResourceTest.utf8("input,target\nbye,farewell\n"))
        .queryParam("name", "words")
        .post("/api/datasets")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("format"));
    given()
        .contentType("application/octet-stream")
        .body(RunsResourceTest.utf8("input,target\nbye,farewell\n"))
        .queryParam("name", "words")
        .queryParam("format", "csv")
        .post("/api/datasets")
        .then()
        .statusCode(201);
  }

  @Test
  void aFileWorkersCouldNotReadAnswers400NamingTheLine() {
    given()
        .contentType("application/x-ndjson")
        .body(RunsResourceTest.utf8("{\"input\": \"ok\", \"target\": \"fine\"}\n{not json}\n"))
        .queryParam("name", "broken.jsonl")
        .post("/api/datasets")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("body"))
        .body("errors[0].message", containsString("broken.jsonl line 2"));
    given()
        .contentType("application/x-ndjson")
        .body(RunsResourceTest.utf8(REVIEWS))
        .post("/api/datasets")
        .then()
        .statusCode(400)
        .body("errors[0].path", equalTo("name"));
  }

  @Test
  void anUnknownDatasetIs404() {
    given()
        .get("/api/datasets/ds-0000000000000000")
        .then()
        .statusCode(404)
        .body("error", containsString("no dataset"));
    given().get("/api/datasets/whatever").then().statusCode(404);
  }

  @Test
  void aRunNamesAnUploadedDatasetByItsId() {
    String id =
        given()
            .contentType("application/x-ndjson")
            .body(RunsResourceTest.utf8(REVIEWS.replace("delight", "joy")))
            .queryParam("name", "joy.jsonl")
            .post("/api/datasets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String spec =
        RunsResourceTest.SPEC.replace(
            "dataset: { simulated: sentiment }", "dataset: { id: " + id + " }");
    given()
        .contentType("application/yaml")
        .body(RunsResourceTest.utf8(spec))
        .queryParam("id", "run-on-upload")
        .post("/api/runs")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/runs/run-on-upload"));
    RunsResourceTest.finish("run-on-upload");
  }
}
