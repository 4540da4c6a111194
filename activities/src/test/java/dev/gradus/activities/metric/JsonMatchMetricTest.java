package dev.gradus.activities.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.search.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonMatchMetricTest {

  private static final Example PERSON =
      new Example(
          "p/1", "Ada, 36, London", "{\"name\": \"Ada\", \"age\": 36, \"city\": \"London\"}");

  private static Metric jsonMatch(String schema, List<String> fields) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode spec = json.createObjectNode().put("type", "json_match");
    if (schema != null) {
      spec.set("schema", json.readTree(schema));
    }
    if (fields != null) {
      spec.set("fields", json.valueToTree(fields));
    }
    // JSON is YAML, so the spec reads as a spec file would.
    return Metrics.create(MetricSpecs.parse(spec.toString()));
  }

  @Test
  void equalJsonMatchesWhateverTheKeyOrderSpacingAndNumberSpelling() throws Exception {
    Metric metric = jsonMatch(null, null);
    assertThat(metric.score(PERSON, "{\"city\":\"London\",\"age\":36.0,\"name\":\"Ada\"}"))
        .isEqualTo(MetricResult.correct());
  }

  @Test
  void jsonInsideAFenceOrAfterASentenceIsFound() throws Exception {
    Metric metric = jsonMatch(null, null);
    String fenced =
        "Here you go:\n```json\n{\"name\": \"Ada\", \"age\": 36, \"city\": \"London\"}\n```";
    String chatty = "Sure! {\"name\": \"Ada\", \"age\": 36, \"city\": \"London\"} Hope it helps.";
    assertThat(metric.score(PERSON, fenced).score()).isEqualTo(1.0);
    assertThat(metric.score(PERSON, chatty).score()).isEqualTo(1.0);
  }

  @Test
  void eachWrongFieldCostsItsShareWithFeedbackNamingIt() throws Exception {
    MetricResult result =
        jsonMatch(null, null).score(PERSON, "{\"name\": \"Ada\", \"age\": \"36\"}");
    assertThat(result.score()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(result.feedback())
        .startsWith("2 of 3 fields wrong")
        .contains("/age: expected 36, got \"36\"")
        .contains("/city: expected \"London\", got nothing");
  }

  @Test
  void onlyTheListedFieldsCountAsPointersOrDottedPaths() throws Exception {
    Example nested =
        new Example("n/1", "q", "{\"user\": {\"name\": \"Ada\", \"id\": 7}, \"note\": \"x\"}");
    Metric metric = jsonMatch(null, List.of("/user/name", "user.id"));
    assertThat(metric.score(nested, "{\"user\": {\"name\": \"Ada\", \"id\": 7}, \"note\": \"y\"}"))
        .isEqualTo(MetricResult.correct());
    assertThat(metric.score(nested, "{\"user\": {\"name\": \"Bob\", \"id\": 7}}").score())
        .isEqualTo(0.5);
  }

  @Test
  void anAnswerThatIsNotJsonOrBreaksTheSchemaScoresZeroWithTheReason() throws Exception {
    String schema =
        "{\"type\": \"object\", \"required\": [\"name\", \"age\"],"
            + " \"properties\": {\"age\": {\"type\": \"integer\"}}}";
    Metric metric = jsonMatch(schema, null);

    MetricResult prose = metric.score(PERSON, "Ada is 36 and lives in London.");
    assertThat(prose.score()).isZero();
    assertThat(prose.feedback()).startsWith("expected JSON but the answer is not JSON");

    MetricResult broken = metric.score(PERSON, "{\"name\": \"Ada\", \"age\": \"thirty-six\"}");
    assertThat(broken.score()).isZero();
    assertThat(broken.feedback()).startsWith("the answer breaks the schema:").contains("age");

    assertThat(metric.score(PERSON, "").score()).isZero();
    assertThat(metric.score(PERSON, null).score()).isZero();
  }

  @Test
  void aTargetThatIsNotJsonIsSaidSo() throws Exception {
    MetricResult result =
        jsonMatch(null, null).score(new Example("x", "q", "London"), "{\"city\": \"London\"}");
    assertThat(result.score()).isZero();
    assertThat(result.feedback()).contains("is not JSON");
  }
}
