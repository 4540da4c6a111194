package dev.gradus.activities.dataset;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample datasets beside the repository; tests that read them are skipped where they are absent. */
final class SharedDatasets {

  private static final Path ROOT = Path.of(System.getProperty("gradus.datasets",
      "../../shared/datasets"));

  private SharedDatasets() {}

  static Path file(String relative) {
    Path file = ROOT.resolve(relative);
    assumeTrue(Files.isRegularFile(file), "sample dataset not present: " + file.toAbsolutePath());
    return file;
  }
}
