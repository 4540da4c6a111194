package dev.gradus.activities;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * USD prices per million tokens of common models, to estimate {@code usage.costUsd}. Unknown models
 * cost 0, so a missing price understates cost rather than failing a run.
 */
final class PriceTable {

  /** Input and output price in USD per million tokens. */
  record Price(double input, double output) {}

  private static final Map<String, Price> OPENAI =
      Map.of(
          "gpt-4o", new Price(2.50, 10.00),
          "gpt-4o-mini", new Price(0.15, 0.60),
          "gpt-4.1", new Price(2.00, 8.00),
          "gpt-4.1-mini", new Price(0.40, 1.60),
          "gpt-4.1-nano", new Price(0.10, 0.40),
          "o4-mini", new Price(1.10, 4.40),
          "gpt-3.5-turbo", new Price(0.50, 1.50));

  /**
   * Anthropic's list prices (anthropic.com/pricing and the Claude docs' pricing page, as of
   * November 2025): base input and output tokens, without prompt caching or the Batch API discount,
   * for prompts up to 200K tokens (Sonnet's long-context rate above that does not apply to Gradus'
   * prompts). Keys are model families; dated snapshots ({@code claude-sonnet-4-20250514}) and
   * {@code -latest} aliases are priced as their family.
   */
  private static final Map<String, Price> ANTHROPIC =
      Map.ofEntries(
          Map.entry("claude-opus-4-5", new Price(5.00, 25.00)),
          Map.entry("claude-opus-4-1", new Price(15.00, 75.00)),
          Map.entry("claude-opus-4", new Price(15.00, 75.00)),
          Map.entry("claude-opus-4-0", new Price(15.00, 75.00)),
          Map.entry("claude-sonnet-4-5", new Price(3.00, 15.00)),
          Map.entry("claude-sonnet-4", new Price(3.00, 15.00)),
          Map.entry("claude-sonnet-4-0", new Price(3.00, 15.00)),
          Map.entry("claude-3-7-sonnet", new Price(3.00, 15.00)),
          Map.entry("claude-3-5-sonnet", new Price(3.00, 15.00)),
          Map.entry("claude-haiku-4-5", new Price(1.00, 5.00)),
          Map.entry("claude-3-5-haiku", new Price(0.80, 4.00)),
          Map.entry("claude-3-haiku", new Price(0.25, 1.25)),
          Map.entry("claude-3-opus", new Price(15.00, 75.00)));

  /** A snapshot date or the {@code -latest} alias at the end of an Anthropic model id. */
  private static final Pattern ANTHROPIC_VERSION = Pattern.compile("-(\\d{8}|latest)$");

  private PriceTable() {}

  static double cost(String provider, String model, long promptTokens, long completionTokens) {
    Price p = price(provider, model);
    return p == null
        ? 0.0
        : (promptTokens * p.input() + completionTokens * p.output()) / 1_000_000.0;
  }

  /** The price of a model, or null when it is not listed. */
  static Price price(String provider, String model) {
    if (model == null || provider == null) {
      return null;
    }
    return switch (provider) {
      case "openai" -> OPENAI.get(model);
      case "anthropic" -> ANTHROPIC.get(ANTHROPIC_VERSION.matcher(model).replaceFirst(""));
      default -> null;
    };
  }
}
