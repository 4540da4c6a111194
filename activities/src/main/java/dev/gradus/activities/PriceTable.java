package dev.gradus.activities;

import java.util.Map;

/**
 * USD prices per million tokens of common models, to estimate {@code usage.costUsd}. Unknown models
 * cost 0, so a missing price understates cost rather than failing a run.
 */
final class PriceTable {

  /** Input and output price in USD per million tokens. */
  record Price(double input, double output) {}

  private static final Map<String, Price> PRICES =
      Map.of(
          "gpt-4o", new Price(2.50, 10.00),
          "gpt-4o-mini", new Price(0.15, 0.60),
          "gpt-4.1", new Price(2.00, 8.00),
          "gpt-4.1-mini", new Price(0.40, 1.60),
          "gpt-4.1-nano", new Price(0.10, 0.40),
          "o4-mini", new Price(1.10, 4.40),
          "gpt-3.5-turbo", new Price(0.50, 1.50));

  private PriceTable() {}

  static double cost(String provider, String model, long promptTokens, long completionTokens) {
    Price p = "openai".equals(provider) && model != null ? PRICES.get(model) : null;
    return p == null
        ? 0.0
        : (promptTokens * p.input() + completionTokens * p.output()) / 1_000_000.0;
  }
}
