package dev.gradus.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A fingerprint of what a candidate prompt shows the target: its instruction's wording and, when it
 * has any, its demonstrations. Two candidates with one instruction but different demonstrations are
 * different prompts, as few-shot search needs; without demonstrations the key is the instruction's
 * key, so strategies that never use demonstrations see no change.
 */
public final class CandidateKey {

  private CandidateKey() {}

  public static String of(Candidate candidate) {
    return of(candidate.instruction(), candidate.demos());
  }

  public static String of(String instruction, List<Integer> demos) {
    String key = InstructionKey.of(instruction);
    if (demos == null || demos.isEmpty()) {
      return key;
    }
    return key + "+" + demos.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
