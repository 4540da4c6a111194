package dev.gradus.activities.dataset;

import dev.gradus.search.Example;
import dev.gradus.spec.SplitSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A worker-wide, thread-safe cache of parsed and split datasets, so that evaluation activities that
 * each score a few dozen examples do not parse the same file thousands of times.
 *
 * <p>Files are re-hashed on every call (cheap next to parsing, and next to an LLM call) and parsed
 * again only when their fingerprint changed. In-memory datasets, such as generated simulated tasks,
 * are registered under a name and computed once: they are assumed never to change for a given name.
 */
public final class DatasetRepository {

  private final Map<Path, DatasetContent> files = new ConcurrentHashMap<>();
  private final Map<String, DatasetContent> named = new ConcurrentHashMap<>();
  private final Map<SplitKey, SplitDataset> splits = new ConcurrentHashMap<>();

  /** Splits are cached per content version and spec, so a changed file never serves a stale cut. */
  private record SplitKey(String source, String fingerprint, SplitSpec spec) {}

  /** The file's current content, parsed at most once per fingerprint. */
  public DatasetContent load(Path file) {
    Path key = file.toAbsolutePath().normalize();
    String fingerprint = DatasetFingerprint.of(file);
    // compute() serializes loads of one file, so concurrent callers parse a new version only once.
    DatasetContent content =
        files.compute(
            key,
            (k, cached) ->
                cached != null && cached.fingerprint().equals(fingerprint)
                    ? cached
                    : DatasetLoader.read(file));
    splits
        .keySet()
        .removeIf(
            old ->
                old.source().equals(content.source())
                    && !old.fingerprint().equals(content.fingerprint()));
    return content;
  }

  /** The examples registered under {@code name}, produced by {@code loader} on first use only. */
  public DatasetContent load(String name, Supplier<List<Example>> loader) {
    return named.computeIfAbsent(
        name,
        n -> {
          List<Example> examples = loader.get();
          return new DatasetContent(n, DatasetFingerprint.of(examples), examples);
        });
  }

  /** The file's current content, split by {@code spec}. */
  public SplitDataset split(Path file, SplitSpec spec) {
    return split(load(file), spec);
  }

  /**
   * Like {@link #split(Path, SplitSpec)}, but refuses a file whose content is not the one a run
   * started with, since scores on different data cannot be compared.
   *
   * @throws DatasetException naming both fingerprints when the file has changed
   */
  public SplitDataset split(Path file, SplitSpec spec, String expectedFingerprint) {
    DatasetContent content = load(file);
    if (!content.fingerprint().equals(expectedFingerprint)) {
      throw new DatasetException(
          content.source(),
          ("file changed since the run started (fingerprint %s, expected %s);"
                  + " start a new run to use the new data")
              .formatted(abbreviate(content.fingerprint()), abbreviate(expectedFingerprint)));
    }
    return split(content, spec);
  }

  /** The in-memory dataset registered under {@code name}, split by {@code spec}. */
  public SplitDataset split(String name, Supplier<List<Example>> loader, SplitSpec spec) {
    return split(load(name, loader), spec);
  }

  /** Any content, split by {@code spec}; cached by the content's source and fingerprint. */
  public SplitDataset split(DatasetContent content, SplitSpec spec) {
    return splits.computeIfAbsent(
        new SplitKey(content.source(), content.fingerprint(), spec),
        key -> DatasetSplitter.split(content.source(), content.examples(), spec));
  }

  private static String abbreviate(String fingerprint) {
    return fingerprint == null || fingerprint.length() <= 12
        ? String.valueOf(fingerprint)
        : fingerprint.substring(0, 12);
  }
}
