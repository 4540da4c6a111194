package dev.gradus.workflow.client;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Makes workflow ids of the form {@code gradus-<name>-<yyMMdd-HHmmss>-<4 hex>}: readable, sorted by
 * start time (UTC), and unique enough that two runs started in the same second do not collide.
 */
public final class RunIdGenerator {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int MAX_NAME_LENGTH = 40;

  private final Clock clock;
  private final RandomGenerator random;

  public RunIdGenerator(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  public String next(String runName) {
    return String.format(
        Locale.ROOT,
        "gradus-%s-%s-%04x",
        slug(runName),
        STAMP.format(clock.instant()),
        random.nextInt(0x10000));
  }

  /**
   * The run name reduced to lowercase letters, digits and single dashes, so the id is safe in URLs,
   * shells and the Temporal Web UI.
   */
  static String slug(String runName) {
    String slug =
        (runName == null ? "" : runName)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_NAME_LENGTH) {
      slug = slug.substring(0, MAX_NAME_LENGTH).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "run" : slug;
  }
}
