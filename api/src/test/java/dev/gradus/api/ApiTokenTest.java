package dev.gradus.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ApiTokenTest.WithToken.class)
@QuarkusTestResource(TemporalWithWorker.class)
class ApiTokenTest {

  public static class WithToken implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("gradus.api.token", "s3cret-token");
    }
  }

  @Test
  void everyApiCallNeedsTheBearerToken() {
    given()
        .get("/api/runs")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("error", containsString("needs a token"));
    given()
        .header("Authorization", "Bearer wrong")
        .post("/api/runs/any/pause")
        .then()
        .statusCode(401)
        .body("error", containsString("not the API's token"));
    given()
        .header("Authorization", "Basic czNjcmV0LXRva2Vu")
        .get("/api/runs")
        .then()
        .statusCode(401);
    given().header("Authorization", "Bearer s3cret-token").get("/api/runs").then().statusCode(200);
    // A spec is not even read without the token.
    given()
        .contentType("application/yaml")
        .body(RunsResourceTest.utf8("not: a spec"))
        .post("/api/runs")
        .then()
        .statusCode(401);
  }

  @Test
  void probesAndScrapersNeedNoToken() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/metrics").then().statusCode(200);
  }
}
