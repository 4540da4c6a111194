package dev.gradus.activities.dataset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample datasets in ../shared beside the repository, which CI and every developer checkout
 * have; a missing file fails the test rather than skipping it, so a broken layout cannot pass.
 */
final class SharedDatasets {

  private static final Path ROOT =
      Path.of(System.getProperty("gradus.datasets", "../../shared/datasets"));

  private SharedDatasets() {}

  static Path file(String relative) {
    Path file = ROOT.resolve(relative);
    assertTrue(Files.isRegularFile(file), "sample dataset not present: " + file.toAbsolutePath());
    return file;
  }
}
