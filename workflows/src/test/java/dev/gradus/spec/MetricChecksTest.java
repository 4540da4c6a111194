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

  private static List<SpecError> errorsOf(String metric) {
    InvalidSpecException e =
        (InvalidSpecException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> SpecReader.parse(withMetric(metric)));
    assertThat(e).as("the spec is invalid").isNotNull();
    return e.errors();
  }

  @Test
  void aJudgeMetricReadsItsRubricJudgesAndOptions() {
    RunSpec spec =
        SpecReader.parse(
            withMetric(
                "{ type: llm_judge, rubric: \"Names the city.\", judges: [ { provider: openai,"
                    + " model: gpt-4o-mini }, { provider: anthropic, model: claude-haiku } ],"
                    + " samples: 3, scale: 10, aggregate: median, mode: pairwise }"));
    MetricSpec m = spec.task().metric();

    assertThat(m.rubric()).isEqualTo("Names the city.");
    assertThat(m.judges())
        .extracting(ModelSpec::model)
        .containsExactly("gpt-4o-mini", "claude-haiku");
    assertThat(m.samplesPerJudge()).isEqualTo(3);
    assertThat(m.scaleOrDefault()).isEqualTo(10);
    assertThat(m.aggregateOrDefault()).isEqualTo("median");
    assertThat(m.pairwise()).isTrue();
    // Per answer: the seed's answer, then 2 judges x 3 samples x 2 orders.
    assertThat(m.callsPerAnswer()).isEqualTo(13);
    assertThat(m.needsBaseline()).isTrue();
  }

  @Test
  void aJudgeCountsItsCallsIntoEveryScoredExample() {
    RunSpec spec =
        SpecReader.parse(
            withMetric(
                    "{ type: composite, metrics: [ exact_match, { type: llm_judge, rubric: r,"
                        + " judges: [ { provider: sim } ], samples: 2 } ] }")
                .replace(
                    "selection: successive_halving", "selection: successive_halving, samples: 3"));

    assertThat(spec.task().metric().callsPerAnswer()).isEqualTo(2);
    assertThat(spec.task().metric().needsBaseline()).isFalse();
    // Three target samples, each judged twice.
    assertThat(spec.callsPerScoredExample()).isEqualTo(9);
    assertThat(SpecReader.parse(SpecReaderTest.BRIEF_EXAMPLE).callsPerScoredExample()).isOne();
  }

  @Test
  void everyMistakeInAJudgeIsNamedByItsPath() {
    List<SpecError> errors =
        errorsOf(
            "{ type: llm_judge, rubric: \" \", judges: [ { provider: openia, model: m }, 5 ],"
                + " samples: 0, scale: 1, aggregate: average, mode: both }");

    assertThat(errors)
        .extracting(SpecError::path)
        .contains(
            "task.metric.rubric",
            "task.metric.judges[0].provider",
            "task.metric.judges[1]",
            "task.metric.samples",
            "task.metric.scale",
            "task.metric.aggregate",
            "task.metric.mode");
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e.message())
                    .isEqualTo(
                        "unknown aggregate \"average\"; expected one of: mean, median, majority"));
  }

  @Test
  void aJudgeNeedsJudgesAndItsOptionsBelongToIt() {
    assertThat(errorsOf("{ type: llm_judge, rubric: r }"))
        .extracting(SpecError::path)
        .containsExactly("task.metric.judges");
    assertThat(errorsOf("llm_judge"))
        .extracting(SpecError::message)
        .containsExactly(
            "a llm_judge metric needs options (\"rubric\" and \"judges\"): write it as an object");
    assertThat(errorsOf("{ type: f1, rubric: r, threshold: 0.8 }"))
        .extracting(SpecError::path)
        .containsExactlyInAnyOrder("task.metric.rubric", "task.metric.threshold");
  }

  @Test
  void anEmbeddingThresholdIsACosineSimilarity() {
    assertThat(
            SpecReader.parse(withMetric("{ type: embedding_similarity, threshold: 0.8 }"))
                .task()
                .metric()
                .threshold())
        .isEqualTo(0.8);
    assertThat(errorsOf("{ type: embedding_similarity, threshold: 1.5 }"))
        .extracting(SpecError::path)
        .containsExactly("task.metric.threshold");
  }
}
