package dev.gradus.activities.dataset;

import dev.gradus.search.Example;
import java.util.List;

/**
 * All examples of one dataset, in file order, with the fingerprint of the content they came from.
 *
 * @param source the file path or in-memory name, as used in messages
 * @param fingerprint SHA-256 of the content, in hex (see {@link DatasetFingerprint})
 */
public record DatasetContent(String source, String fingerprint, List<Example> examples) {

  public DatasetContent {
    examples = List.copyOf(examples);
  }
}
