package dev.gradus.activities.metric;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gradus.spec.MetricSpec;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Metric specs for tests, written as a spec's {@code metric:} is, in YAML flow style. */
public final class MetricSpecs {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private MetricSpecs() {}

  /** Specs as JSON, which YAML reads, to nest them in a spec written here. */
  public static String write(Object specs) {
    try {
      return new ObjectMapper().writeValueAsString(specs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For example {@code "{type: llm_judge, rubric: r, judges: [{provider: sim}]}"}. */
  public static MetricSpec parse(String yaml) {
    try {
      return YAML.readValue(yaml, MetricSpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
