package dev.gradus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/**
 * Writes {@code --json} output: exactly one JSON document on stdout, so scripts can pipe it to
 * {@code jq}. Field names come from the records, whose names are the report contract.
 */
public final class JsonOutput {

  private static final ObjectMapper MAPPER =
      // The Jdk8 and JavaTime modules ship with the Temporal SDK at runtime only; registering them
      // by discovery lets reports grow Optional or java.time fields without a compile dependency.
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  public static void print(PrintWriter out, Object document) {
    out.println(toJson(document));
    out.flush();
  }

  public static String toJson(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write JSON for " + document.getClass().getSimpleName(), e);
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
