package dev.gradus.workflow;

import io.temporal.failure.ApplicationFailure;

/** Reading Temporal failures for people. */
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
}
