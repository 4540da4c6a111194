package dev.gradus.cli;

/**
 * A failure the user can act on: its message is printed as is, without a stack trace, and the CLI
 * exits with its code (1 for runtime errors, 2 for usage and spec errors).
 */
public class CliFailure extends RuntimeException {

  private final int exitCode;

  public CliFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CliFailure(String message) {
    this(1, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
