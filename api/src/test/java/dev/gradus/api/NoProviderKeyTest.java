package dev.gradus.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API's process may hold provider keys (it shares the workers' configuration), but no answer
 * ever carries one: every read endpoint is asked, with a run and a schedule in place.
 */
@QuarkusTest
@TestProfile(NoProviderKeyTest.WithKeys.class)
@QuarkusTestResource(TemporalWithWorker.class)
class NoProviderKeyTest {

  static final String OPENAI_KEY = "sk-gradus-test-0123456789abcdefSECRET";
  static final String ANTHROPIC_KEY = "sk-ant-gradus-test-9876543210SECRET";

  public static class WithKeys implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("gradus.openai.api-key", OPENAI_KEY, "gradus.anthropic.api-key", ANTHROPIC_KEY);
    }
  }

  @Test
  void noAnswerCarriesAProviderKey() {
    String runId = RunsResourceTest.start("keys-run");
    given()
        .contentType("application/yaml")
        .body(
            RunsResourceTest.utf8(
                "every: 24h\nrun:\n"
                    + RunsResourceTest.SPEC.replace("api-sentiment", "keys-schedule").indent(2)))
        .post("/api/schedules")
        .then()
        .statusCode(201);

    List<String> paths =
        List.of(
            "/api/runs",
            "/api/runs/" + runId,
            "/api/runs/" + runId + "/candidates",
            "/api/runs/" + runId + "/generations",
            "/api/datasets",
            "/api/schedules",
            "/api/schedules/keys-schedule",
            "/q/openapi",
            "/q/health",
            "/q/metrics",
            "/",
            "/dashboard.js");
    for (String path : paths) {
      String body = given().get(path).then().extract().asString();
      assertThat(body).as(path).doesNotContain(OPENAI_KEY).doesNotContain(ANTHROPIC_KEY);
    }
    RunsResourceTest.finish(runId);
    given().delete("/api/schedules/keys-schedule").then().statusCode(202);
  }
}
