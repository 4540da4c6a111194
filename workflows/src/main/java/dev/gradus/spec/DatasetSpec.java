package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where the examples live: a JSONL or CSV file readable by the workers ({@code path}), or one of
 * the simulated tasks that ship with Gradus ({@code simulated}). Exactly one is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSpec(String path, String simulated) {

  /** A short, stable description used in logs and reports. */
  public String describe() {
    return simulated != null ? "simulated:" + simulated : path;
  }
}
