package dev.gradus.search;

import java.util.List;

/**
 * How ProTeGi picks the next beam among many expanded prompts without scoring each on much data: a
 * best-arm identification bandit whose arms are prompts and whose pulls are trials on random train
 * minibatches ({@link SearchContext#tryOnTrain}).
 */
interface BeamSelection {

  /** The {@code beam} arms that look best, best first; fewer if there are fewer arms. */
  List<Candidate> select(List<Candidate> arms, int beam, SearchContext context);
}
