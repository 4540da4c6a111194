package dev.gradus.activities.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.search.Example;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsTheSentimentSampleWithItsTargetsAndExtraFields() {
    List<Example> examples = DatasetLoader.load(SharedDatasets.file("ii/sentiment.jsonl"));

    assertThat(examples).hasSize(1267);
    Example first = examples.get(0);
    assertThat(first.id()).isEqualTo("sentiment/induce/1");
    assertThat(first.input()).isEqualTo("unpretentious, charming, quirky, original");
    assertThat(first.target()).isEqualTo("positive");
    assertThat(first.targets()).containsExactly("positive");
    assertThat(first.fields()).containsExactly(Map.entry("split", "induce"));
    assertThat(examples).extracting(Example::id).doesNotHaveDuplicates();
  }

  @Test
  void readsBbhWithoutTargetsListAndLiarWithANumericLabel() {
    List<Example> bbh = DatasetLoader.load(SharedDatasets.file("bbh/boolean_expressions.jsonl"));
    List<Example> liar = DatasetLoader.load(SharedDatasets.file("protegi/liar/test.jsonl"));

    assertThat(bbh).hasSize(250);
    assertThat(bbh.get(0).targets()).containsExactly("False");
    assertThat(bbh.get(0).fields()).isEmpty();
    assertThat(liar).hasSize(461);
    assertThat(liar.get(0).input())
        .startsWith("Statement: Building a wall")
        .contains("\nJob title:");
    assertThat(liar.get(0).fields()).containsEntry("label", "0");
    assertThat(liar.get(1).target()).isEqualTo("Yes");
  }

  @Test
  void readsMultipleAcceptableAnswers() {
    List<Example> examples = DatasetLoader.load(SharedDatasets.file("ii/translation_en-de.jsonl"));

    assertThat(examples.get(0).target()).isEqualTo("Zeit");
    assertThat(examples.get(0).targets()).startsWith("Zeit", "Zeiten").hasSize(14);
  }

  @Test
  void defaultsIdsToStemAndLineAndSkipsBlankLines() throws IOException {
    Path file =
        write(
            "tiny.jsonl",
            """
            {"input": "a", "target": "A"}

            {"input": "b", "targets": ["B", "bee"], "n": 3, "ok": true, "meta": {"k": 1}, "gone": null}
            """);

    List<Example> examples = DatasetLoader.load(file);

    assertThat(examples).extracting(Example::id).containsExactly("tiny/1", "tiny/3");
    Example second = examples.get(1);
    assertThat(second.target()).isEqualTo("B");
    assertThat(second.targets()).containsExactly("B", "bee");
    assertThat(second.fields())
        .containsExactly(
            Map.entry("meta", "{\"k\":1}"), Map.entry("n", "3"), Map.entry("ok", "true"));
  }

  @Test
  void putsTheTargetFirstWhenTheTargetsListOmitsIt() throws IOException {
    Path file =
        write("t.jsonl", "{\"input\": \"x\", \"target\": 42, \"targets\": [\"forty-two\"]}\n");

    Example example = DatasetLoader.load(file).get(0);

    assertThat(example.target()).isEqualTo("42");
    assertThat(example.targets()).containsExactly("42", "forty-two");
  }

  @Test
  void missingTargetNamesTheLineAndWhatWasExpected() throws IOException {
    Path file =
        write(
            "sentiment.jsonl",
            "{\"input\": \"a\", \"target\": \"x\"}\n\n" + "{\"input\": \"b\"}\n");

    assertThatThrownBy(() -> DatasetLoader.load(file))
        .isInstanceOf(DatasetException.class)
        .hasMessage(
            file
                + " line 3: missing field \"target\""
                + " (each line needs \"input\" and \"target\" or \"targets\")")
        .satisfies(e -> assertThat(((DatasetException) e).line()).isEqualTo(3));
  }

  @Test
  void missingInputNamesTheField() throws IOException {
    Path file = write("d.jsonl", "{\"target\": \"x\"}\n");

    assertThatThrownBy(() -> DatasetLoader.load(file))
        .hasMessageContaining("d.jsonl line 1: missing field \"input\"");
  }

  @Test
  void nonStringInputIsAnErrorNamingTheField() throws IOException {
    Path file =
        write(
            "d.jsonl",
            "{\"input\": \"ok\", \"target\": \"x\"}\n" + "{\"input\": 7, \"target\": \"x\"}\n");

    assertThatThrownBy(() -> DatasetLoader.load(file))
        .hasMessageEndingWith("d.jsonl line 2: field \"input\" must be a string, got a number");
  }

  @Test
  void invalidJsonNamesTheLine() throws IOException {
    Path file =
        write(
            "d.jsonl",
            "{\"input\": \"a\", \"target\": \"x\"}\n"
                + "{\"input\": \"b\", \"target\": \"y\"}\n{\"input\": \"c\", target: \"z\"}\n");

    assertThatThrownBy(() -> DatasetLoader.load(file))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith(file + " line 3: not valid JSON: ")
        .hasMessageContaining("column");
  }

  @Test
  void rejectsNonObjectsBadTargetsAndDuplicateIds() throws IOException {
    Path array = write("a.jsonl", "[1, 2]\n");
    Path emptyTargets = write("b.jsonl", "{\"input\": \"a\", \"targets\": []}\n");
    Path nestedTarget = write("c.jsonl", "{\"input\": \"a\", \"targets\": [\"x\", {\"y\": 1}]}\n");
    Path duplicate =
        write(
            "e.jsonl",
            "{\"id\": \"q\", \"input\": \"a\", \"target\": \"x\"}\n"
                + "{\"id\": \"q\", \"input\": \"b\", \"target\": \"y\"}\n");
    Path trailing = write("f.jsonl", "{\"input\": \"a\", \"target\": \"x\"} {}\n");

    assertThatThrownBy(() -> DatasetLoader.load(array))
        .hasMessageEndingWith("line 1: expected a JSON object, got a list");
    assertThatThrownBy(() -> DatasetLoader.load(emptyTargets))
        .hasMessageContaining("line 1: field \"targets\" must be a non-empty list of strings");
    assertThatThrownBy(() -> DatasetLoader.load(nestedTarget))
        .hasMessageContaining("line 1: field \"targets[1]\" must be a string, got an object");
    assertThatThrownBy(() -> DatasetLoader.load(duplicate))
        .hasMessageEndingWith("line 2: duplicate id \"q\" (first used on line 1)");
    assertThatThrownBy(() -> DatasetLoader.load(trailing))
        .hasMessageContaining("line 1: not valid JSON");
  }

  @Test
  void reportsMissingUnsupportedEmptyAndUndecodableFiles() throws IOException {
    Path missing = dir.resolve("nope.jsonl");
    Path text = write("notes.txt", "hello");
    Path empty = write("empty.jsonl", "");
    Path blank = write("blank.jsonl", "\n  \n");
    Path latin1 =
        Files.write(
            dir.resolve("latin.jsonl"),
            "{\"input\": \"caf\u00e9\", \"target\": \"x\"}".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> DatasetLoader.load(missing))
        .isInstanceOf(DatasetException.class)
        .hasMessage("file not found: " + missing);
    assertThatThrownBy(() -> DatasetLoader.load(text))
        .hasMessage(text + ": unsupported file type \".txt\": expected .jsonl or .csv");
    assertThatThrownBy(() -> DatasetLoader.load(empty))
        .hasMessage(empty + ": empty file (expected at least one JSON object per line)");
    assertThatThrownBy(() -> DatasetLoader.load(blank)).hasMessageContaining("empty file");
    assertThatThrownBy(() -> DatasetLoader.load(latin1))
        .hasMessage(latin1 + ": unreadable: not valid UTF-8 text");
  }

  @Test
  void aDirectoryIsUnreadable() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.jsonl"));

    assertThatThrownBy(() -> DatasetLoader.load(folder))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("unreadable: " + folder);
  }

  @Test
  void readReturnsTheFingerprintOfTheBytesItParsed() throws IOException {
    Path file = write("d.jsonl", "{\"input\": \"a\", \"target\": \"x\"}\n");

    DatasetContent content = DatasetLoader.read(file);

    assertThat(content.fingerprint()).isEqualTo(DatasetFingerprint.of(Files.readAllBytes(file)));
    assertThat(content.source()).isEqualTo(file.toString());
    assertThat(content.examples()).hasSize(1);
  }
}
