package dev.gradus.workflow;

import dev.gradus.spec.DatasetSpec;
import dev.gradus.spec.SplitSpec;

/**
 * A dataset by reference: workers load examples from {@code source} themselves, so examples never
 * travel in workflow payloads. The fingerprint lets a worker refuse a file that changed under a
 * run.
 *
 * @param fingerprint SHA-256 of the dataset's content, in hex
 */
public record DatasetHandle(
    DatasetSpec source, SplitSpec split, String fingerprint, int train, int validation, int test) {

  /**
   * Calls the final report needs: the best candidate and the seed, each on the whole test split,
   * with {@code callsPerExample} calls per example.
   */
  public long reportCalls(int callsPerExample) {
    return 2L * test * callsPerExample;
  }

  public int size(Split s) {
    return switch (s) {
      case TRAIN -> train;
      case VALIDATION -> validation;
      case TEST -> test;
    };
  }
}
