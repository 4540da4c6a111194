package dev.gradus.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns optimizer replies into new candidates, the same way for every strategy. */
public final class Proposals {

  private Proposals() {}

  /**
   * One unscored candidate per reply that holds an instruction; replies that hold none, or repeat
   * an instruction of an earlier reply in the batch, are dropped.
   */
  public static List<Candidate> fromReplies(
      List<String> replies,
      SearchContext context,
      List<String> parentIds,
      String operation,
      int generation) {
    List<Candidate> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String reply : replies) {
      ProposalParser.parse(reply)
          .filter(instruction -> keys.add(InstructionKey.of(instruction)))
          .ifPresent(
              instruction ->
                  out.add(
                      Candidate.proposed(
                          context.newCandidateId(),
                          instruction,
                          parentIds,
                          operation,
                          null,
                          generation)));
    }
    return out;
  }
}
