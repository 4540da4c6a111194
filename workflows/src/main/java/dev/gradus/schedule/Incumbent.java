package dev.gradus.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The prompt a schedule currently stands behind: the spec's seed prompt until a run beats it, then
 * the last promoted one.
 *
 * @param runId the run that found it; null for the seed prompt
 * @param promotedAt when it was promoted (ISO-8601); null for the seed prompt
 * @param testScore its mean held-out score when it was promoted; null for the seed prompt
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Incumbent(
    String instruction, List<Integer> demos, String runId, String promotedAt, Double testScore) {

  public Incumbent {
    demos = demos == null ? List.of() : List.copyOf(demos);
  }

  static Incumbent seed(String seedPrompt) {
    return new Incumbent(seedPrompt, List.of(), null, null, null);
  }
}
