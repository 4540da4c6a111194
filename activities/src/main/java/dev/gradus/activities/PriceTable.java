package dev.gradus.activities;

import dev.gradus.activities.llm.ModelScope;
import dev.gradus.activities.llm.ModelSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * USD prices per million tokens, to estimate {@code usage.costUsd} and hold {@code
 * budget.maxCostUsd}: shipped defaults for common models, under the prices a user sets in {@code
 * GRADUS_PRICES} (a model's own price first, then one for all of a provider's models, such as
 * {@code openai = 0 in, 0 out} for a self-hosted server behind the openai provider). Unknown models
 * cost 0, so a missing price understates cost rather than failing a run.
 */
@ApplicationScoped
public class PriceTable {

  /** The setting's names, for errors. */
  static final String SETTING = "GRADUS_PRICES (gradus.providers.prices)";

  /** Input and output price in USD per million tokens. */
  record Price(double input, double output) {

    /**
     * Reads an entry's values, {@code 0.15 in, 0.60 out}.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    static Price read(List<String> values) {
      Double input = null;
      Double output = null;
      for (String value : values) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.endsWith(" in") && input == null) {
          input = ModelSettings.nonNegative(v.substring(0, v.length() - 3), "the input price");
        } else if (v.endsWith(" out") && output == null) {
          output = ModelSettings.nonNegative(v.substring(0, v.length() - 4), "the output price");
        } else {
          throw new IllegalArgumentException(
              "\""
                  + value
                  + "\" is not a price: expected USD per million tokens, 0.15 in, 0.60 out");
        }
      }
      if (input == null || output == null) {
        throw new IllegalArgumentException(
            "expected both prices, in USD per million tokens: 0.15 in, 0.60 out");
      }
      return new Price(input, output);
    }
  }

  /** A price set in configuration, for a model or for all of a provider's models. */
  private record Override(ModelScope scope, Price price) {}

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

  private static final Logger LOG = Logger.getLogger(PriceTable.class);

  private final List<Override> overrides;

  @Inject
  PriceTable(ProvidersConfig config) {
    this(config.prices().orElse(null));
  }

  /**
   * The shipped prices under the overrides of a setting's text, as {@code GRADUS_PRICES} holds it.
   *
   * @throws IllegalArgumentException naming the entry and what was expected
   */
  public PriceTable(String setting) {
    this.overrides =
        ModelSettings.parse(
            SETTING, setting, (scope, values) -> new Override(scope, Price.read(values)));
  }

  /**
   * Reads the setting and logs it; the worker calls this before it connects to Temporal, so that a
   * bad price stops it with a clear error before it takes any work.
   */
  public void announce() {
    if (!overrides.isEmpty()) {
      LOG.infof(
          "prices set in %s: %s",
          SETTING,
          overrides.stream()
              .map(
                  o ->
                      o.scope() + " = " + o.price().input() + " in, " + o.price().output() + " out")
              .collect(Collectors.joining("; ")));
    }
  }

  /** The shipped prices only. */
  public static PriceTable defaults() {
    return new PriceTable((String) null);
  }

  double cost(String provider, String model, long promptTokens, long completionTokens) {
    Price p = price(provider, model);
    return p == null
        ? 0.0
        : (promptTokens * p.input() + completionTokens * p.output()) / 1_000_000.0;
  }

  /** The price of a model, or null when it is neither configured nor shipped. */
  Price price(String provider, String model) {
    Price configured = configured(provider, model, true);
    if (configured == null) {
      configured = configured(provider, model, false);
    }
    return configured != null ? configured : shipped(provider, model);
  }

  private Price configured(String provider, String model, boolean ofModel) {
    return overrides.stream()
        .filter(o -> o.scope().isModel() == ofModel && o.scope().covers(provider, model))
        .map(Override::price)
        .findFirst()
        .orElse(null);
  }

  private static Price shipped(String provider, String model) {
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
