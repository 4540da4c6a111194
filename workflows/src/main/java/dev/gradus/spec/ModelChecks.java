package dev.gradus.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** Checks one {@code models.*} entry. */
final class ModelChecks {

  static final List<String> PROVIDERS = List.of("openai", "anthropic", "sim");

  /** Anthropic's Messages API takes temperatures in [0, 1], not OpenAI's [0, 2]. */
  private static final double ANTHROPIC_MAX_TEMPERATURE = 1;

  private ModelChecks() {}

  static void check(FieldChecks c, String path, JsonNode m) {
    if (m == null) {
      return;
    }
    c.onlyKnown(m, path, Set.of("provider", "model", "temperature", "maxTokens"));
    String provider = c.oneOf(m, path, "provider", PROVIDERS, true);
    if (!"sim".equals(provider)) {
      c.string(m, path, "model", true);
    } else {
      c.string(m, path, "model", false);
    }
    Double temperature = c.number(m, path, "temperature", 0, 2, false);
    if ("anthropic".equals(provider)
        && temperature != null
        && temperature > ANTHROPIC_MAX_TEMPERATURE) {
      c.error(path + ".temperature", "must be <= 1 for provider anthropic");
    }
    c.number(m, path, "maxTokens", 1, 1_000_000, true);
  }
}
