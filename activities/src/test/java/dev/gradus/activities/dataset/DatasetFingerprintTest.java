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

class DatasetFingerprintTest {

  @TempDir Path dir;

  @Test
  void isTheSha256OfTheBytesInHex() {
    assertThat(DatasetFingerprint.of("abc".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void changesWhenTheFileChanges() throws IOException {
    Path file = dir.resolve("d.jsonl");
    Files.writeString(file, "{\"input\": \"a\", \"target\": \"x\"}\n");
    String before = DatasetFingerprint.of(file);

    Files.writeString(file, "{\"input\": \"a\", \"target\": \"y\"}\n");

    assertThat(DatasetFingerprint.of(file)).isNotEqualTo(before).hasSize(64);
  }

  @Test
  void ofExamplesDependsOnContentNotOnFieldInsertionOrder() {
    Example a = new Example("1", "in", "t", List.of("t"), Map.of("b", "2", "a", "1"));
    Example same = new Example("1", "in", "t", List.of("t"), Map.of("a", "1", "b", "2"));
    Example other = new Example("1", "in", "u");

    assertThat(DatasetFingerprint.of(List.of(a))).isEqualTo(DatasetFingerprint.of(List.of(same)));
    assertThat(DatasetFingerprint.of(List.of(a)))
        .isNotEqualTo(DatasetFingerprint.of(List.of(other)));
  }

  @Test
  void missingFileIsADatasetError() {
    assertThatThrownBy(() -> DatasetFingerprint.of(dir.resolve("gone.jsonl")))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("file not found: ");
  }
}
