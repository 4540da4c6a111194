package dev.gradus.search;

/**
 * A two-sided 95% confidence interval of a mean score, and how it was computed.
 *
 * @param method {@value #WILSON} when every score was 0 or 1 (the Wilson score interval of a
 *     proportion), {@value #BOOTSTRAP} otherwise (a percentile bootstrap of the mean over the
 *     examples), {@value #PAIRED_BOOTSTRAP} for a difference of two candidates' scores on the same
 *     examples
 */
public record ScoreInterval(double low, double high, String method) {

  public static final String WILSON = "wilson";
  public static final String BOOTSTRAP = "bootstrap";
  public static final String PAIRED_BOOTSTRAP = "paired bootstrap";
}
