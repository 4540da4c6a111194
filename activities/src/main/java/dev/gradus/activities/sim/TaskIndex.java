package dev.gradus.activities.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the simulated examples that a prompt or a meta-prompt shows, by their input text. */
final class TaskIndex {

  /** One example and the task it belongs to. */
  record Entry(SimulatedTask task, SimulatedCase example) {
    String input() {
      return example.example().input();
    }
  }

  /**
   * The example a prompt asks about, and the other examples of its task that the prompt shows as
   * few-shot demonstrations.
   */
  record Query(Entry asked, List<Entry> demos) {}

  private final List<SimulatedTask> tasks;
  private final Map<String, Entry> byInput = new LinkedHashMap<>();

  TaskIndex(List<SimulatedTask> tasks) {
    this.tasks = List.copyOf(tasks);
    for (SimulatedTask task : tasks) {
      for (SimulatedCase example : task.cases()) {
        byInput.putIfAbsent(example.example().input(), new Entry(task, example));
      }
    }
  }

  List<SimulatedTask> tasks() {
    return tasks;
  }

  /** The example whose input is {@code text}, also when a meta-prompt cut it short with "...". */
  Optional<Entry> lookup(String text) {
    String input = text.strip();
    Entry exact = byInput.get(input);
    if (exact != null || !input.endsWith("...") || input.length() < 20) {
      return Optional.ofNullable(exact);
    }
    String prefix = input.substring(0, input.length() - 3);
    return byInput.values().stream().filter(e -> e.input().startsWith(prefix)).findFirst();
  }

  /**
   * The example a prompt asks about: among the known inputs it contains, the one whose occurrence
   * ends last, since templates put demonstrations before the query. Of two ending at the same place
   * the longer wins, because a short input can be the tail of a longer one.
   */
  Optional<Query> findQuery(String prompt) {
    List<Entry> found = new ArrayList<>();
    Entry asked = null;
    int askedEnd = -1;
    for (Entry entry : byInput.values()) {
      int at = prompt.lastIndexOf(entry.input());
      if (at < 0) {
        continue;
      }
      found.add(entry);
      int end = at + entry.input().length();
      if (end > askedEnd || (end == askedEnd && entry.input().length() > asked.input().length())) {
        asked = entry;
        askedEnd = end;
      }
    }
    if (asked == null) {
      return Optional.empty();
    }
    SimulatedTask task = asked.task();
    Entry query = asked;
    List<Entry> demos = found.stream().filter(e -> e != query && e.task() == task).toList();
    return Optional.of(new Query(asked, demos));
  }
}
