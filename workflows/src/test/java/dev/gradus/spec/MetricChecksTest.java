package dev.gradus.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The json_match and composite options of {@code task.metric}, as specs write them. */
class MetricChecksTest {

  private static String withMetric(String metric) {
    return SpecReaderTest.BRIEF_EXAMPLE.replace("metric: exact_match", "metric: " + metric);
  }

  @Test
  void aCompositeOfJsonMatchAndF1ReadsIntoNestedSpecs() {
    RunSpec spec =
        SpecReader.parse(
            withMetric(
                "{ type: composite, metrics: [ { type: json_match, weight: 3, fields: [/label,"
                    + " user.id], schema: { type: object, required: [label] } }, f1 ] }"));
    MetricSpec metric = spec.task().metric();
    assertThat(metric.type()).isEqualTo("composite");
    MetricSpec json = metric.metrics().get(0);
    assertThat(json.type()).isEqualTo("json_match");
    assertThat(json.weightOrOne()).isEqualTo(3.0);
    assertThat(json.fields()).containsExactly("/label", "user.id");
    assertThat(json.schema().path("required").get(0).asText()).isEqualTo("label");
    assertThat(metric.metrics().get(1)).isEqualTo(MetricSpec.of("f1"));
    assertThat(metric.metrics().get(1).weightOrOne()).isEqualTo(1.0);
  }

  @Test
  void everyMistakeInANestedMetricIsNamedByItsPath() {
    InvalidSpecException e =
        (InvalidSpecException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    SpecReader.parse(
                        withMetric(
                            "{ type: composite, weight: 2, metrics: [ { type: bleu }, { type:"
                                + " f1, weight: 0 }, { type: json_match, schema: 5, fields: [] },"
                                + " { type: exact_match, fields: [/a] } ] }")));
    List<String> paths = e.errors().stream().map(SpecError::path).toList();
    assertThat(paths)
        .contains(
            "task.metric.weight",
            "task.metric.metrics[0].type",
            "task.metric.metrics[1].weight",
            "task.metric.metrics[2].schema",
            "task.metric.metrics[2].fields",
            "task.metric.metrics[3]");
    assertThat(e.getMessage()).contains("must be a JSON Schema object");
  }

  @Test
  void aCompositeNeedsItsMetrics() {
    InvalidSpecException e =
        (InvalidSpecException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> SpecReader.parse(withMetric("composite")));
    assertThat(e.errors()).extracting(SpecError::path).contains("task.metric");
    e =
        (InvalidSpecException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> SpecReader.parse(withMetric("{ type: composite, metrics: [] }")));
    assertThat(e.errors()).extracting(SpecError::path).containsExactly("task.metric.metrics");
  }
}
