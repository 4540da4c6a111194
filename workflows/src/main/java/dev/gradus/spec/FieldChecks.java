package dev.gradus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects spec errors while walking a JSON tree, so that validation can report every problem at
 * once, each with its dotted path. Every check returns whether the value can be used further.
 */
final class FieldChecks {

  private final List<SpecError> errors = new ArrayList<>();

  List<SpecError> errors() {
    return errors;
  }

  void error(String path, String message) {
    errors.add(new SpecError(path, message));
  }

  static String path(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
  }

  /** An object node, or null after recording an error (or when absent and optional). */
  JsonNode object(JsonNode parent, String parentPath, String field, boolean required) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        error(path(parentPath, field), "is required");
      }
      return null;
    }
    if (!n.isObject()) {
      error(path(parentPath, field), "must be an object, not " + describe(n));
      return null;
    }
    return n;
  }

  String string(JsonNode parent, String parentPath, String field, boolean required) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        error(path(parentPath, field), "is required");
      }
      return null;
    }
    if (!n.isTextual()) {
      error(path(parentPath, field), "must be a string, not " + describe(n));
      return null;
    }
    if (required && n.asText().isBlank()) {
      error(path(parentPath, field), "must not be empty");
      return null;
    }
    return n.asText();
  }

  /**
   * A string that must be one of {@code allowed}, such as a provider or an aggregate; the value as
   * given, even when it is not allowed, or null when absent or not a string.
   */
  String oneOf(
      JsonNode parent, String parentPath, String field, List<String> allowed, boolean required) {
    String value = string(parent, parentPath, field, required);
    if (value != null && !allowed.contains(value)) {
      error(
          path(parentPath, field),
          "unknown "
              + field
              + " \""
              + value
              + "\"; expected one of: "
              + String.join(", ", allowed));
    }
    return value;
  }

  /** A number within [min, max], optionally whole; null when absent or wrong. */
  Double number(
      JsonNode parent, String parentPath, String field, double min, double max, boolean integer) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    String p = path(parentPath, field);
    if (!n.isNumber()) {
      error(p, "must be " + (integer ? "an integer" : "a number") + ", not " + describe(n));
      return null;
    }
    double v = n.asDouble();
    if (integer && (!n.canConvertToLong() || v != Math.rint(v))) {
      error(p, "must be an integer, not " + n.asText());
      return null;
    }
    if (v < min) {
      error(p, "must be >= " + format(min));
      return null;
    }
    if (v > max) {
      error(p, "must be <= " + format(max));
      return null;
    }
    return v;
  }

  Boolean bool(JsonNode parent, String parentPath, String field) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isBoolean()) {
      error(path(parentPath, field), "must be true or false, not " + describe(n));
      return null;
    }
    return n.asBoolean();
  }

  /** Records an error for each field not in {@code known}, naming the fields that are. */
  void onlyKnown(JsonNode object, String objectPath, Set<String> known) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        error(
            path(objectPath, f),
            "unknown field; expected one of: " + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "the string \"" + n.asText() + "\"";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isObject()) {
      return "an object";
    }
    return n.toString();
  }
}
