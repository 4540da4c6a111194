package dev.gradus.cli;

/**
 * Keeps the Temporal SDK's and gRPC's informational logging off the terminal, so the CLI's own
 * output stays readable. Must run before the first logger is created.
 */
final class QuietLogging {

  private QuietLogging() {}

  static void apply() {
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
