package dev.gradus.activities.sim;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which simulated task a meta-prompt is about: the task of most of the examples it shows, or else
 * the one whose requirements its instructions and critique mention most. APE's resampling step, for
 * one, shows a single instruction and nothing else.
 */
final class TaskGuess {

  private TaskGuess() {}

  static Optional<SimulatedTask> of(
      MetaPromptReading reading, List<TaskIndex.Entry> shown, List<SimulatedTask> tasks) {
    if (!shown.isEmpty()) {
      Map<SimulatedTask, Long> votes =
          shown.stream()
              .collect(Collectors.groupingBy(TaskIndex.Entry::task, Collectors.counting()));
      // Ties go to the earlier task, so the guess never depends on the map's iteration order.
      return tasks.stream().max(Comparator.comparingLong(t -> votes.getOrDefault(t, 0L)));
    }
    String text =
        reading.instructions().stream()
                .map(MetaPromptReading.ShownInstruction::text)
                .collect(Collectors.joining(" "))
            + " "
            + reading.critique();
    List<String> stems = WordStems.of(text);
    Function<SimulatedTask, Long> mentions =
        t ->
            t.requirements().stream().filter(r -> r.expressedBy(stems)).count()
                + (t.core().expressedBy(stems) ? 10 : 0);
    return tasks.stream()
        .filter(t -> mentions.apply(t) > 0)
        .max(Comparator.comparingLong(mentions::apply));
  }
}
