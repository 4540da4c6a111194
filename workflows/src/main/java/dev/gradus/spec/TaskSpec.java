package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The task: where the examples come from, how they are split, the prompt template and the metric.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskSpec(DatasetSpec dataset, SplitSpec split, String template, MetricSpec metric) {

  public static final String DEFAULT_TEMPLATE =
      "{{instruction}}\n\n{{demos}}Input: {{input}}\nOutput:";

  TaskSpec withDefaults(long runSeed) {
    return new TaskSpec(
        dataset,
        split == null ? SplitSpec.DEFAULT.withSeed(runSeed) : split.withDefaults(runSeed),
        template == null ? DEFAULT_TEMPLATE : template,
        metric == null ? MetricSpec.of("exact_match") : metric);
  }
}
