package dev.gradus.search;

import dev.gradus.spec.StrategySpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The strategies a spec may name, with their parameters. New strategies register here and nowhere
 * else: the workflow and the spec validator both read this list.
 */
public final class StrategyCatalog {

  /** One available strategy: its name, parameters, and how to build it from a spec. */
  public record Entry(
      String type,
      List<StrategyParameter> parameters,
      Function<StrategySpec, SearchStrategy> factory) {

    public Optional<StrategyParameter> parameter(String name) {
      return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    int param(StrategySpec spec, String name) {
      return StrategyParameter.reader(spec, parameters).count(name);
    }
  }

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry(
              "ape",
              ApeStrategy.PARAMETERS,
              s ->
                  new ApeStrategy(
                      entry("ape").param(s, "candidates"), entry("ape").param(s, "demos"),
                      entry("ape").param(s, "keep"), entry("ape").param(s, "resamples"))),
          new Entry(
              "opro",
              OproStrategy.PARAMETERS,
              s ->
                  new OproStrategy(
                      entry("opro").param(s, "proposals"),
                      entry("opro").param(s, "trajectory"),
                      entry("opro").param(s, "exemplars"))),
          new Entry(
              EvoGaStrategy.TYPE,
              EvoGaStrategy.PARAMETERS,
              s -> new EvoGaStrategy(entry(EvoGaStrategy.TYPE).param(s, "population"))),
          new Entry(
              EvoDeStrategy.TYPE,
              EvoDeStrategy.PARAMETERS,
              s -> new EvoDeStrategy(entry(EvoDeStrategy.TYPE).param(s, "population"))),
          new Entry(
              GripsStrategy.TYPE,
              GripsStrategy.PARAMETERS,
              s ->
                  new GripsStrategy(
                      entry(GripsStrategy.TYPE).param(s, "candidates"),
                      entry(GripsStrategy.TYPE).param(s, "compose"),
                      entry(GripsStrategy.TYPE).param(s, "patience"),
                      entry(GripsStrategy.TYPE).param(s, "llmParaphrase") == 1)),
          new Entry(ProtegiStrategy.TYPE, ProtegiStrategy.PARAMETERS, ProtegiStrategy::fromSpec),
          new Entry(GepaStrategy.TYPE, GepaStrategy.PARAMETERS, GepaStrategy::fromSpec),
          new Entry(FewshotStrategy.TYPE, FewshotStrategy.PARAMETERS, FewshotStrategy::fromSpec),
          new Entry(
              PromptbreederStrategy.TYPE,
              PromptbreederStrategy.PARAMETERS,
              PromptbreederStrategy::fromSpec));

  private StrategyCatalog() {}

  public static Optional<Entry> find(String type) {
    return ENTRIES.stream().filter(e -> e.type().equals(type)).findFirst();
  }

  private static Entry entry(String type) {
    return find(type).orElseThrow();
  }

  public static List<String> available() {
    return ENTRIES.stream().map(Entry::type).toList();
  }

  /** Builds the strategy a validated spec names. */
  public static SearchStrategy create(StrategySpec spec) {
    return entry(spec.type()).factory().apply(spec);
  }
}
