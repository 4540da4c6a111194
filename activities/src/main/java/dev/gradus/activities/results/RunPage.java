package dev.gradus.activities.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of runs, newest first.
 *
 * @param total how many runs match the filter, on all pages
 */
public record RunPage(List<RunSummary> runs, int offset, int limit, long total) {

  /** Whether the next offset holds more runs. */
  @JsonProperty("more")
  public boolean more() {
    return offset + runs.size() < total;
  }
}
