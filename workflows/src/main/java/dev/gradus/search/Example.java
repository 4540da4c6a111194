package dev.gradus.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One labelled example of a task.
 *
 * @param targets every acceptable answer; {@code target} is the first of them
 * @param fields the example's other columns, usable as {@code {{name}}} in a prompt template
 *     (sorted by name so that iteration is deterministic)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Example(
    String id, String input, String target, List<String> targets, Map<String, String> fields) {

  public Example {
    targets = targets == null || targets.isEmpty() ? List.of(target) : List.copyOf(targets);
    fields =
        fields == null
            ? Map.of()
            : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(fields));
  }

  public Example(String id, String input, String target) {
    this(id, input, target, List.of(target), Map.of());
  }
}
