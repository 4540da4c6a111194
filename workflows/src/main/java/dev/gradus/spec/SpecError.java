package dev.gradus.spec;

/**
 * One problem with a run spec.
 *
 * @param path where it is, in dotted form: {@code strategy.beamWidth}, {@code task.split.train}
 * @param message what was expected, e.g. {@code must be >= 1}
 */
public record SpecError(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
