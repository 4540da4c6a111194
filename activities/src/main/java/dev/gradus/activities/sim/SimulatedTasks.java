package dev.gradus.activities.sim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tasks the simulated LLM knows. Each is generated once from fixed seeds, so every JVM sees the
 * same examples with the same ids, and a dataset spec can name one ({@code simulated: sentiment})
 * instead of shipping a file.
 */
public final class SimulatedTasks {

  private static final List<SimulatedTask> ALL =
      List.of(
          SentimentTask.create(),
          ArithmeticTask.create(),
          ExtractionTask.create(),
          RomanTask.create(),
          TicketTask.create());

  private SimulatedTasks() {}

  public static List<SimulatedTask> all() {
    return ALL;
  }

  public static List<String> names() {
    return ALL.stream().map(SimulatedTask::name).toList();
  }

  /** The task called {@code name}, ignoring case and a leading {@code sim-}. */
  public static Optional<SimulatedTask> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT).replaceFirst("^sim-", "");
    return ALL.stream().filter(t -> t.name().equals(wanted)).findFirst();
  }
}
