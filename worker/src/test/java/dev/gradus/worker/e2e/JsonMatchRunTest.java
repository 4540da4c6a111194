package dev.gradus.worker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.dataset.DatasetStore;
import dev.gradus.activities.dataset.StoredDataset;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.search.ScoreInterval;
import dev.gradus.spec.SpecReader;
import dev.gradus.worker.fake.FakeOpenAiServer;
import dev.gradus.worker.openai.FakeOpenAiResource;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code json_match} metric with a JSON Schema, end to end through the {@code openai} provider: a
 * target model that answers in prose until its instruction asks for JSON, and an optimizer that
 * proposes asking for it. The seed scores 0 (prose is not JSON), the proposal 1, and the report
 * carries intervals and a significant paired improvement on the test split.
 */
@QuarkusTest
@QuarkusTestResource(TemporalServerResource.class)
@QuarkusTestResource(FakeOpenAiResource.class)
class JsonMatchRunTest {

  private static final Pattern PERSON = Pattern.compile("Name: (\\w+), age (\\d+)");

  FakeOpenAiServer server;

  @TempDir Path dir;

  @Inject SharedDatabase database;

  @Test
  void aPromptThatAsksForJsonWinsAndTheGainIsSignificant() throws Exception {
    Path data = dir.resolve("people.jsonl");
    Files.write(data, people(0));
    runOn("{ path: \"%s\" }".formatted(data));
  }

  @Test
  void aDatasetUploadedToTheSharedDatabaseIsReadByItsId() throws Exception {
    // Other people than the file test's, so that no cached answer serves this run.
    byte[] content = (String.join("\n", people(100)) + "\n").getBytes(StandardCharsets.UTF_8);
    database.migrate();
    StoredDataset uploaded =
        new DatasetStore(database.dataSource(), Clock.systemUTC())
            .put("people.jsonl", "jsonl", content);
    assertThat(uploaded.examples()).isEqualTo(40);
    runOn("{ id: %s }".formatted(uploaded.id()));
  }

  /** Forty people, each a line of JSONL: the input in prose, the target as JSON. */
  private static List<String> people(int first) {
    List<String> lines = new ArrayList<>();
    String[] names = {"Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "Ken"};
    for (int i = first; i < first + 40; i++) {
      String name = names[i % names.length] + i;
      int age = 20 + i;
      lines.add(
          "{\"input\": \"Name: %s, age %d\", \"target\": \"{\\\"name\\\": \\\"%s\\\", \\\"age\\\": %d}\"}"
              .formatted(name, age, name, age));
    }
    return lines;
  }

  private void runOn(String dataset) {
    server.reset();
    server.responder(
        (model, messages) -> {
          String prompt = messages.get(messages.size() - 1).content();
          if (model.equals("optimizer")) {
            return "Try this:\n<INS>Reply with a JSON object holding the name and the age.</INS>";
          }
          Matcher person = PERSON.matcher(prompt);
          if (!person.find()) {
            return "I cannot tell.";
          }
          return prompt.contains("JSON")
              ? "```json\n{\"age\": %s, \"name\": \"%s\"}\n```"
                  .formatted(person.group(2), person.group(1))
              : person.group(1) + " is " + person.group(2) + " years old.";
        });

    RunReport report =
        Runs.run(
            "e2e-json-match",
            SpecReader.parse(
                """
                name: json-match
                task:
                  dataset: %s
                  split: { train: 0.5, validation: 0.25, test: 0.25, seed: 1 }
                  metric:
                    type: json_match
                    schema: { type: object, required: [name, age], properties: { age: { type: integer } } }
                    fields: [name, /age]
                seedPrompt: "Describe the person."
                models:
                  target: { provider: openai, model: target }
                  optimizer: { provider: openai, model: optimizer }
                strategy: { type: opro, proposals: 1 }
                budget: { generations: 1 }
                """
                    .formatted(dataset)));

    assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(report.seed().validationScore()).isZero();
    assertThat(report.best().instruction()).contains("JSON");
    assertThat(report.best().validationScore()).isEqualTo(1.0);
    assertThat(report.best().testScore()).isEqualTo(1.0);
    assertThat(report.best().testInterval().method()).isEqualTo(ScoreInterval.WILSON);
    assertThat(report.improvement().difference()).isEqualTo(1.0);
    assertThat(report.improvement().examples()).isEqualTo(10);
    assertThat(report.improvement().significant()).isTrue();
    assertThat(report.usage().calls()).isEqualTo(server.completionsServed());
  }
}
