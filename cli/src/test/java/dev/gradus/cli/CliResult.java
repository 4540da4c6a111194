package dev.gradus.cli;

/** What one CLI invocation printed and returned. */
record CliResult(int exitCode, String out, String err) {}
