package dev.gradus.cli;

import dev.gradus.spec.InvalidSpecException;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecError;
import dev.gradus.spec.SpecReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a run spec file for a command, reporting every problem at once. */
final class SpecFile {

  private SpecFile() {}

  /** The spec, or empty after telling the user on {@code err} what is wrong with the file. */
  static Optional<RunSpec> read(Path specFile, PrintWriter err) {
    if (!Files.isRegularFile(specFile)) {
      err.println("gradus: no spec file " + specFile);
      err.flush();
      return Optional.empty();
    }
    try {
      return Optional.of(SpecReader.read(specFile));
    } catch (InvalidSpecException e) {
      // Every error at once, so the user fixes the spec in one pass; nothing was started.
      err.printf("gradus: %s is not a valid run spec (%d errors):%n", specFile, e.errors().size());
      for (SpecError error : e.errors()) {
        err.println(error);
      }
      err.flush();
      return Optional.empty();
    }
  }
}
