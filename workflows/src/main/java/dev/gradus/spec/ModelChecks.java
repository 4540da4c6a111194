package dev.gradus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** Checks one {@code models.*} entry. */
final class ModelChecks {

  static final List<String> PROVIDERS = List.of("openai", "sim");

  private ModelChecks() {}

  static void check(FieldChecks c, String path, JsonNode m) {
    if (m == null) {
      return;
    }
    c.onlyKnown(m, path, Set.of("provider", "model", "temperature", "maxTokens"));
    String provider = c.string(m, path, "provider", true);
    if (provider != null && !PROVIDERS.contains(provider)) {
      c.error(
          path + ".provider",
          provider.equals("anthropic")
              ? "\"anthropic\" is planned but not available in this version; available: "
                  + String.join(", ", PROVIDERS)
              : "unknown provider \""
                  + provider
                  + "\"; expected one of: "
                  + String.join(", ", PROVIDERS));
    }
    if (!"sim".equals(provider)) {
      c.string(m, path, "model", true);
    } else {
      c.string(m, path, "model", false);
    }
    c.number(m, path, "temperature", 0, 2, false);
    c.number(m, path, "maxTokens", 1, 1_000_000, true);
  }
}
