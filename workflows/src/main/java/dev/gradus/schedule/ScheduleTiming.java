package dev.gradus.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.gradus.spec.WallTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When a schedule fires: every fixed interval counted from its creation, or at the times a
 * five-field Unix cron expression names, in UTC. Pure arithmetic on instants, so workflow code can
 * call it with workflow time.
 */
public final class ScheduleTiming {

  /** Shorter intervals would start runs faster than anyone could read their results. */
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  private static final Instant NEVER_BEFORE = Instant.parse("2000-01-01T00:00:00Z");

  private static final CronParser CRON =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final Instant anchor;
  private final Duration every;
  private final ExecutionTime cron;

  private ScheduleTiming(Instant anchor, Duration every, ExecutionTime cron) {
    this.anchor = anchor;
    this.every = every;
    this.cron = cron;
  }

  /**
   * The timing of a valid spec ({@link ScheduleSpec#validate()} found nothing).
   *
   * @param anchor when the schedule was created; intervals count from it
   */
  public static ScheduleTiming of(ScheduleSpec spec, Instant anchor) {
    if (spec.every() != null) {
      return new ScheduleTiming(anchor, WallTime.parse(spec.every()).orElseThrow(), null);
    }
    return new ScheduleTiming(anchor, null, ExecutionTime.forCron(CRON.parse(spec.cron())));
  }

  /** What is wrong with an interval, or empty if it is usable. */
  static Optional<String> intervalProblem(String every) {
    Optional<Duration> d = WallTime.parse(every);
    if (d.isEmpty()) {
      return Optional.of("must be a duration such as 90s, 30m, 24h or 7d, got \"" + every + "\"");
    }
    if (d.get().compareTo(MIN_INTERVAL) < 0) {
      return Optional.of("must be at least 1s, got " + every);
    }
    return Optional.empty();
  }

  /** What is wrong with a cron expression, or empty if it is usable. */
  static Optional<String> cronProblem(String cron) {
    try {
      ExecutionTime times = ExecutionTime.forCron(CRON.parse(cron).validate());
      // From a fixed instant, so that validation inside workflow code stays deterministic.
      if (times.nextExecution(NEVER_BEFORE.atZone(ZoneOffset.UTC)).isEmpty()) {
        return Optional.of("never matches a date (\"" + cron + "\"), so it would never run");
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(
          "must be a five-field cron expression (minute hour day-of-month month day-of-week,"
              + " UTC) such as \"0 3 * * *\": "
              + e.getMessage());
    }
  }

  /** A new schedule's first run: at once for an interval, the next matching time for cron. */
  public Instant first() {
    return every != null ? anchor : nextAfter(anchor);
  }

  /** The first fire time strictly after {@code t}. */
  public Instant nextAfter(Instant t) {
    if (every != null) {
      long periods = Duration.between(anchor, t).toMillis() / every.toMillis() + 1;
      return anchor.plus(every.multipliedBy(Math.max(1, periods)));
    }
    return cron.nextExecution(t.atZone(ZoneOffset.UTC))
        .map(z -> z.toInstant())
        .orElseThrow(() -> new IllegalStateException("the cron expression never fires again"));
  }
}
