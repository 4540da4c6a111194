package dev.gradus.workflow;

import io.temporal.failure.ApplicationFailure;

/** Reading Temporal failures, for people and for the budget. */
public final class Failures {

  private Failures() {}

  /**
   * The message of the innermost cause: for an activity that failed with a provider's 401 that is
   * the provider's sentence, not Temporal's wrapping ("Activity with activityType=...").
   */
  public static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t instanceof ApplicationFailure af ? af.getOriginalMessage() : t.getMessage();
  }

  /**
   * What an activity that failed had paid for: the provider activities attach their usage so far as
   * the first detail of their failure, since calls that were served are billed whether or not the
   * batch finished. {@link Usage#NONE} for any other failure.
   */
  public static Usage paidUsage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure af && af.getDetails().getSize() > 0) {
        try {
          Usage usage = af.getDetails().get(0, Usage.class);
          return usage == null ? Usage.NONE : usage;
        } catch (RuntimeException notUsage) {
          return Usage.NONE;
        }
      }
    }
    return Usage.NONE;
  }
}
