package dev.gradus.spec;

import java.nio.file.Path;

/** Reads and validates run specs written in YAML or JSON. */
public final class SpecReader {

  private SpecReader() {}

  /**
   * Reads a spec file. A relative {@code task.dataset.path} is resolved against the spec file's
   * folder, so a spec can sit beside its data.
   *
   * @throws InvalidSpecException with every error found, each naming its path
   */
  public static RunSpec read(Path file) {
    throw new UnsupportedOperationException("being written");
  }

  /** Parses and validates a spec given as YAML or JSON text. */
  public static RunSpec parse(String text) {
    throw new UnsupportedOperationException("being written");
  }
}
