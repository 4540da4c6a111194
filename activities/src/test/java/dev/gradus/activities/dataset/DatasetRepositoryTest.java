package dev.gradus.activities.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.search.Example;
import dev.gradus.spec.SplitSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetRepositoryTest {

  private static final SplitSpec SPEC = new SplitSpec(0.5, 0.25, 0.25, 9L);

  @TempDir Path dir;

  private final DatasetRepository repository = new DatasetRepository();

  private Path writeExamples(String name, String target, int n) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append("{\"input\": \"q")
          .append(i)
          .append("\", \"target\": \"")
          .append(target)
          .append("\"}\n");
    }
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void returnsTheSameCachedSplitWhileTheFileIsUnchanged() throws IOException {
    Path file = writeExamples("d.jsonl", "a", 8);

    SplitDataset first = repository.split(file, SPEC);
    SplitDataset second = repository.split(file, SPEC);

    assertThat(second).isSameAs(first);
    assertThat(first.size()).isEqualTo(8);
    assertThat(repository.load(file).examples()).isSameAs(repository.load(file).examples());
  }

  @Test
  void reloadsAFileWhoseContentChanged() throws IOException {
    Path file = writeExamples("d.jsonl", "a", 8);
    SplitDataset before = repository.split(file, SPEC);
    String oldFingerprint = repository.load(file).fingerprint();

    writeExamples("d.jsonl", "b", 8);
    SplitDataset after = repository.split(file, SPEC);

    assertThat(after.train()).allMatch(e -> e.target().equals("b"));
    assertThat(before.train()).allMatch(e -> e.target().equals("a"));
    assertThat(repository.load(file).fingerprint()).isNotEqualTo(oldFingerprint);
  }

  @Test
  void refusesAFileThatChangedUnderARun() throws IOException {
    Path file = writeExamples("d.jsonl", "a", 8);
    String fingerprint = repository.load(file).fingerprint();
    assertThat(repository.split(file, SPEC, fingerprint).size()).isEqualTo(8);

    writeExamples("d.jsonl", "b", 8);

    assertThatThrownBy(() -> repository.split(file, SPEC, fingerprint))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("file changed since the run started");
  }

  @Test
  void inMemoryDatasetsAreGeneratedOnceAndFingerprinted() {
    AtomicInteger calls = new AtomicInteger();
    List<Example> generated =
        IntStream.range(0, 12).mapToObj(i -> new Example("sim/" + i, "q" + i, "a")).toList();

    SplitDataset first =
        repository.split(
            "simulated:sentiment",
            () -> {
              calls.incrementAndGet();
              return generated;
            },
            SPEC);
    SplitDataset second =
        repository.split(
            "simulated:sentiment",
            () -> {
              calls.incrementAndGet();
              return generated;
            },
            SPEC);

    assertThat(calls).hasValue(1);
    assertThat(second).isSameAs(first);
    assertThat(first.train()).hasSize(6);
    assertThat(repository.load("simulated:sentiment", List::of).fingerprint())
        .isEqualTo(DatasetFingerprint.of(generated));
  }

  @Test
  void concurrentCallersShareOneLoad() throws Exception {
    Path file = writeExamples("d.jsonl", "a", 200);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<SplitDataset>> results =
          IntStream.range(0, 32)
              .mapToObj(i -> pool.submit(() -> repository.split(file, SPEC)))
              .toList();
      SplitDataset first = results.get(0).get();
      for (Future<SplitDataset> result : results) {
        assertThat(result.get()).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void loadErrorsAreNotCached() throws IOException {
    Path file = dir.resolve("late.jsonl");
    assertThatThrownBy(() -> repository.split(file, SPEC)).isInstanceOf(DatasetException.class);

    writeExamples("late.jsonl", "a", 4);

    assertThat(repository.split(file, SPEC).size()).isEqualTo(4);
  }
}
