package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.regex.Pattern;

/**
 * Where the examples live: a JSONL or CSV file readable by the workers ({@code path}), one of the
 * simulated tasks that ship with Gradus ({@code simulated}), or a dataset uploaded to the results
 * store through the API ({@code id}, which names its content: the same bytes, the same id). Exactly
 * one is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSpec(String path, String simulated, String id) {

  /** An uploaded dataset's id: {@code ds-} and the first 16 hex digits of its SHA-256. */
  public static final Pattern ID = Pattern.compile("ds-[0-9a-f]{16}");

  /** A file or a simulated task, as specs without uploaded datasets name them. */
  public DatasetSpec(String path, String simulated) {
    this(path, simulated, null);
  }

  /** A short, stable description used in logs and reports. */
  public String describe() {
    return simulated != null ? "simulated:" + simulated : id != null ? "dataset:" + id : path;
  }
}
