package dev.gradus.activities.ratelimit;

import dev.gradus.activities.llm.ModelSettings;
import java.util.Comparator;
import java.util.List;

/** Reads the {@code GRADUS_RATE_LIMITS} setting. */
final class RateLimits {

  /** The setting's names, for errors. */
  static final String SETTING = "GRADUS_RATE_LIMITS (gradus.providers.rate-limits)";

  private RateLimits() {}

  /**
   * The limits of a setting such as {@code "openai/gpt-4o-mini = 5/s, 8 concurrent; anthropic =
   * 50/min"}, in the order of their keys (the order in which their rows are locked); empty for a
   * null or blank setting.
   *
   * @throws IllegalArgumentException naming the setting, the entry and what was expected
   */
  static List<RateLimit> parse(String text) {
    return ModelSettings.parse(SETTING, text, RateLimit::read).stream()
        .sorted(Comparator.comparing(RateLimit::key))
        .toList();
  }
}
