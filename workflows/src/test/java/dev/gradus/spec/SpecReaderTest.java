package dev.gradus.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecReaderTest {

  static final String BRIEF_EXAMPLE =
      """
      name: sentiment-v2
      task:
        dataset: { path: data.jsonl }
        split: { train: 0.5, validation: 0.3, test: 0.2, seed: 1 }
        template: "{{instruction}}\\n\\nInput: {{input}}\\nOutput:"
        metric: exact_match
      seedPrompt: "Classify the sentiment of the sentence."
      models:
        target:    { provider: openai, model: gpt-4o-mini, temperature: 0 }
        optimizer: { provider: openai, model: gpt-4o, temperature: 0.9 }
      strategy: { type: opro, proposals: 4 }
      evaluation: { minibatch: 32, selection: successive_halving }
      budget: { generations: 12, maxCalls: 4000, maxCostUsd: 5 }
      seed: 42
      """;

  @Test
  void readsTheBriefsYamlAndResolvesTheDatasetBesideTheSpec(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("data.jsonl"), "{\"input\": \"a\", \"target\": \"b\"}\n");
    Path file = dir.resolve("spec.yaml");
    Files.writeString(file, BRIEF_EXAMPLE);

    RunSpec spec = SpecReader.read(file);

    assertThat(spec.name()).isEqualTo("sentiment-v2");
    assertThat(spec.task().dataset().path()).isEqualTo(dir.resolve("data.jsonl").toString());
    assertThat(spec.task().metric().type()).isEqualTo("exact_match");
    assertThat(spec.strategy().type()).isEqualTo("opro");
    assertThat(spec.strategy().intParam("proposals", 8)).isEqualTo(4);
    assertThat(spec.budget().maxCostUsd()).isEqualTo(5.0);
    assertThat(spec.models().optimizer().temperature()).isEqualTo(0.9);
  }

  @Test
  void jsonAndYamlGiveTheSameSpecAndJsonRoundTrips() {
    RunSpec fromYaml = SpecReader.parse(BRIEF_EXAMPLE);
    RunSpec fromJson = SpecReader.parse(SpecReader.toJson(fromYaml));
    assertThat(fromJson).isEqualTo(fromYaml);
  }

  @Test
  void metricAcceptsTheObjectForm() {
    RunSpec spec =
        SpecReader.parse(
            BRIEF_EXAMPLE.replace(
                "metric: exact_match", "metric: { type: exact_match, ignoreCase: true }"));
    assertThat(spec.task().metric().caseInsensitive()).isTrue();
  }

  @Test
  void anUploadedDatasetIsNamedByItsId() {
    RunSpec spec =
        SpecReader.parse(
            BRIEF_EXAMPLE.replaceFirst(
                "dataset: \\{[^}]*\\}", "dataset: { id: ds-0123456789abcdef }"));
    assertThat(spec.task().dataset().id()).isEqualTo("ds-0123456789abcdef");
    assertThat(spec.task().dataset().describe()).isEqualTo("dataset:ds-0123456789abcdef");
  }

  @Test
  void aDatasetIdMustLookLikeOneAndStandAlone() {
    assertThatThrownBy(
            () ->
                SpecReader.parse(
                    BRIEF_EXAMPLE.replaceFirst("dataset: \\{[^}]*\\}", "dataset: { id: reviews }")))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.errors())
                    .extracting(SpecError::path, SpecError::message)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "task.dataset.id",
                            "\"reviews\" is not a dataset id; expected ds- and 16 hex digits,"
                                + " as the API gives")));
    assertThatThrownBy(
            () ->
                SpecReader.parse(
                    BRIEF_EXAMPLE.replaceFirst(
                        "dataset: \\{[^}]*\\}",
                        "dataset: { id: ds-0123456789abcdef, simulated: sentiment }")))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.errors()).extracting(SpecError::path).containsExactly("task.dataset"));
  }

  @Test
  void reportsEveryErrorAtOnceWithItsPath() {
    String bad =
        """
        name: "has spaces"
        task:
          dataset: { path: a.jsonl, simulated: sentiment }
          split: { train: 0.5, validation: 0.3, test: 0.3 }
          template: "{{input}}"
          metric: { type: bleu, tolerance: -1 }
        models:
          target: { provider: gemini, model: gemini-pro }
          optimizer: { provider: openai }
        strategy: { type: breeder, beamWidth: 4 }
        evaluation: { selection: random }
        budget: { generations: 0, maxCalls: 2.5, maxWallTime: soon, budjet: 1 }
        colour: blue
        """;
    assertThatThrownBy(() -> SpecReader.parse(bad))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(paths(e.errors()))
                    .contains(
                        "name",
                        "task.dataset",
                        "task.split",
                        "task.template",
                        "task.metric.type",
                        "task.metric.tolerance",
                        "seedPrompt",
                        "models.target.provider",
                        "models.optimizer.model",
                        "strategy.type",
                        "evaluation.selection",
                        "budget.generations",
                        "budget.maxCalls",
                        "budget.maxWallTime",
                        "budget.budjet",
                        "colour"));
  }

  @Test
  void errorMessagesSayWhatWasExpected() {
    InvalidSpecException e =
        (InvalidSpecException)
            catchThrowable(BRIEF_EXAMPLE.replace("proposals: 4", "proposals: 0"));
    assertThat(e.errors()).containsExactly(new SpecError("strategy.proposals", "must be >= 1"));
    e =
        (InvalidSpecException)
            catchThrowable(BRIEF_EXAMPLE.replace("proposals: 4", "beamWidth: 4"));
    assertThat(e.errors().get(0).message()).contains("unknown parameter").contains("proposals");
    e = (InvalidSpecException) catchThrowable(BRIEF_EXAMPLE.replace("type: opro", "type: breeder"));
    assertThat(e.errors().get(0).message())
        .contains("unknown strategy \"breeder\"")
        .contains("ape, opro")
        .contains("promptbreeder");
  }

  @Test
  void syntaxErrorsNameTheLine() {
    InvalidSpecException e = (InvalidSpecException) catchThrowable("name: x\ntask: [unclosed\n");
    assertThat(e.errors())
        .singleElement()
        .satisfies(err -> assertThat(err.message()).contains("line"));
  }

  @Test
  void missingDatasetFileIsReportedBeforeAnythingStarts(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("spec.yaml");
    Files.writeString(file, BRIEF_EXAMPLE);
    assertThatThrownBy(() -> SpecReader.read(file))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.errors())
                    .extracting(SpecError::path)
                    .containsExactly("task.dataset.path"));
  }

  @Test
  void defaultsFillEveryOptionalField() {
    RunSpec spec =
        SpecReader.parse(
                """
        name: minimal
        task: { dataset: { simulated: sentiment } }
        seedPrompt: "Classify."
        models: { target: { provider: sim }, optimizer: { provider: sim } }
        strategy: { type: ape }
        """)
            .withDefaults();
    assertThat(spec.seed()).isZero();
    assertThat(spec.task().split().train()).isEqualTo(0.5);
    assertThat(spec.task().template()).contains("{{instruction}}").contains("{{input}}");
    assertThat(spec.task().metric().type()).isEqualTo("exact_match");
    assertThat(spec.budget().generations()).isEqualTo(BudgetSpec.DEFAULT_GENERATIONS);
    assertThat(spec.evaluation().selection()).isEqualTo("full");
    assertThat(SpecReader.validate(spec)).isEmpty();
  }

  private static Throwable catchThrowable(String text) {
    return org.assertj.core.api.Assertions.catchThrowable(() -> SpecReader.parse(text));
  }

  private static List<String> paths(List<SpecError> errors) {
    return errors.stream().map(SpecError::path).toList();
  }
}
