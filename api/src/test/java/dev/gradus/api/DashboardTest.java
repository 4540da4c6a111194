package dev.gradus.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's files are served by the API itself, the chart library included, so that it works
 * offline. (DashboardBrowserTest in the cli module drives it in Chromium.)
 */
@QuarkusTest
@QuarkusTestResource(TemporalWithWorker.class)
class DashboardTest {

  @Test
  void thePageItsScriptAndEveryFileItLinksAreServedHere() {
    String page =
        given()
            .get("/")
            .then()
            .statusCode(200)
            .contentType(containsString("text/html"))
            .extract()
            .asString();
    Matcher linked = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page);
    int local = 0;
    while (linked.find()) {
      String path = linked.group(1);
      if (path.startsWith("/q/")) {
        continue; // Swagger UI, a link for people
      }
      given().get(path).then().statusCode(200);
      local++;
    }
    // The stylesheet and script of the dashboard and of uPlot, whose version the page names.
    org.assertj.core.api.Assertions.assertThat(local).isEqualTo(4);
    org.assertj.core.api.Assertions.assertThat(page).doesNotContain("https://");
  }
}
