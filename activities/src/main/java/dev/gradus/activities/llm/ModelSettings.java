package dev.gradus.activities.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads worker settings given per provider or model in one line, so that they fit in one
 * environment variable (and one Helm value): {@code "openai/gpt-4o = 5/s, 8 concurrent; anthropic =
 * 50/min"}. Entries are separated by semicolons or new lines; each is a {@link ModelScope}, an
 * equals sign, and comma-separated values whose meaning the caller gives.
 */
public final class ModelSettings {

  private ModelSettings() {}

  /**
   * The entries of {@code text}, each read by {@code reader}; empty for a null or blank text.
   *
   * @param setting the setting's name for errors, e.g. {@code GRADUS_RATE_LIMITS
   *     (gradus.providers.rate-limits)}
   * @param reader builds one entry from its scope and its values; throws {@link
   *     IllegalArgumentException} with what it expected
   * @throws IllegalArgumentException naming the setting, the entry and what was expected
   */
  public static <T> List<T> parse(
      String setting, String text, BiFunction<ModelScope, List<String>, T> reader) {
    List<T> entries = new ArrayList<>();
    if (text == null) {
      return entries;
    }
    Set<String> scopes = new HashSet<>();
    for (String raw : text.split("[;\\n]")) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      try {
        int equals = entry.lastIndexOf('=');
        if (equals < 0) {
          throw new IllegalArgumentException("expected PROVIDER[/MODEL] = VALUES");
        }
        ModelScope scope = ModelScope.parse(entry.substring(0, equals));
        if (!scopes.add(scope.toString())) {
          throw new IllegalArgumentException(scope + " is given twice");
        }
        List<String> values = new ArrayList<>();
        for (String value : entry.substring(equals + 1).split(",")) {
          if (!value.isBlank()) {
            values.add(value.strip());
          }
        }
        if (values.isEmpty()) {
          throw new IllegalArgumentException("no values after '='");
        }
        entries.add(reader.apply(scope, values));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            setting + ": entry \"" + entry + "\": " + e.getMessage(), e);
      }
    }
    return entries;
  }

  /**
   * A positive number, as in {@code 2.5}.
   *
   * @throws IllegalArgumentException naming {@code what}
   */
  public static double positive(String text, String what) {
    double value = number(text, what);
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive, got " + text.strip());
    }
    return value;
  }

  /**
   * A number that is zero or more, as in {@code 0.15}.
   *
   * @throws IllegalArgumentException naming {@code what}
   */
  public static double nonNegative(String text, String what) {
    double value = number(text, what);
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative, got " + text.strip());
    }
    return value;
  }

  private static double number(String text, String what) {
    double value;
    try {
      value = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " \"" + text.strip() + "\" is not a number");
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " \"" + text.strip() + "\" is not a finite number");
    }
    return value;
  }
}
