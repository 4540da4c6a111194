package dev.gradus.activities.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.search.Example;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetTest {

  @TempDir Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CsvDatasetTest.class.getResource("/datasets/" + name).toURI());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void keepsQuotedCommasQuotesAndNewlinesInsideCells() throws Exception {
    List<Example> examples = DatasetLoader.load(resource("quoted.csv"));

    assertThat(examples).extracting(Example::id).containsExactly("q1", "q2", "q3");
    assertThat(examples.get(0).input()).isEqualTo("Paris, France");
    assertThat(examples.get(1).input()).isEqualTo("A poem\nover two lines, with \"quotes\"");
    assertThat(examples.get(1).target()).isEqualTo("poem");
    assertThat(examples.get(1).fields()).containsExactly(Map.entry("topic", "lit"));
  }

  @Test
  void readsTargetsAsAJsonListOrSeparatedByBars() throws Exception {
    List<Example> examples = DatasetLoader.load(resource("targets.csv"));

    assertThat(examples.get(0).targets()).containsExactly("4", "four");
    assertThat(examples.get(0).target()).isEqualTo("4");
    assertThat(examples.get(1).targets()).containsExactly("red", "blue", "yellow");
    assertThat(examples.get(1).fields()).containsEntry("difficulty", "easy");
  }

  @Test
  void defaultIdsAndErrorsUseTheLineWhereARowStarts() throws IOException {
    Path file = write("rows.csv", "input,target\n\"two\nlines\",a\nplain,\n");

    assertThatThrownBy(() -> DatasetLoader.load(file))
        .isInstanceOf(DatasetException.class)
        .hasMessage(
            file
                + " line 4: missing field \"target\""
                + " (each row needs \"input\" and \"target\" or \"targets\")");

    Path fixed = write("rows2.csv", "input,target\n\"two\nlines\",a\nplain,b\n");
    assertThat(DatasetLoader.load(fixed))
        .extracting(Example::id)
        .containsExactly("rows2/2", "rows2/4");
  }

  @Test
  void blankExtraCellsStayAsEmptyText() throws IOException {
    Path file = write("d.csv", "input,target,context\nq,a,\n");

    assertThat(DatasetLoader.load(file).get(0).fields()).containsExactly(Map.entry("context", ""));
  }

  @Test
  void headerWithoutInputOrTargetIsRejectedOnItsLine() throws IOException {
    Path noInput = write("a.csv", "question,target\nq,a\n");
    Path duplicate = write("b.csv", "input,target,input\nq,a,b\n");

    assertThatThrownBy(() -> DatasetLoader.load(noInput))
        .hasMessage(
            noInput
                + " line 1: header needs columns \"input\" and \"target\" or \"targets\","
                + " found [question, target]");
    assertThatThrownBy(() -> DatasetLoader.load(duplicate))
        .hasMessageEndingWith("line 1: header has a duplicate column \"input\"");
  }

  @Test
  void rowsWithTooManyValuesOrBrokenQuotesNameTheirLine() throws IOException {
    Path extra = write("a.csv", "input,target\nq,a\nq,a,surplus\n");
    Path brokenList = write("b.csv", "input,targets\nq,\"[\"\"a\"\",\"\n");
    Path unclosed = write("c.csv", "input,target\nq,a\n\"never closed,b\n");

    assertThatThrownBy(() -> DatasetLoader.load(extra))
        .hasMessageEndingWith("a.csv line 3: row has 3 values but the header has 2 columns");
    assertThatThrownBy(() -> DatasetLoader.load(brokenList))
        .hasMessageContaining("b.csv line 2: column \"targets\" looks like a JSON list");
    assertThatThrownBy(() -> DatasetLoader.load(unclosed))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("c.csv line")
        .hasMessageContaining("not valid CSV");
  }

  @Test
  void headerOnlyAndEmptyFilesAreErrors() throws IOException {
    Path headerOnly = write("h.csv", "input,target\n");
    Path empty = write("e.csv", "");

    assertThatThrownBy(() -> DatasetLoader.load(headerOnly))
        .hasMessage(
            headerOnly + ": no examples (expected a header row and at least one example row)");
    assertThatThrownBy(() -> DatasetLoader.load(empty)).hasMessageContaining("empty file");
  }

  @Test
  void ignoresAByteOrderMarkFromSpreadsheets() throws IOException {
    Path file = write("bom.csv", "\uFEFFinput,target\nq,a\n");

    assertThat(DatasetLoader.load(file).get(0).input()).isEqualTo("q");
  }
}
