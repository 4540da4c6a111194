package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Successive halving's rule for who goes on, when it races against the incumbent. */
class IncumbentRaceTest {

  /** Scores on examples 0, 1, 2, ... from a string of 1s and 0s. */
  private static SortedMap<Integer, Double> scores(String bits) {
    SortedMap<Integer, Double> m = new TreeMap<>();
    for (int i = 0; i < bits.length(); i++) {
      m.put(i, bits.charAt(i) == '1' ? 1.0 : 0.0);
    }
    return m;
  }

  @Test
  void aCandidateOfTheWorseHalfLevelWithTheIncumbentGoesOn() {
    // The incumbent gets examples 0-3 right and 4-7 wrong. Ranked best first.
    String incumbent = "++++0000";
    List<Integer> keep =
        IncumbentRace.survivors(
            List.of(
                scores("11111100"), // ahead of the incumbent
                scores("11111000"), // ahead
                scores("11110000"), // level with it, in the worse half
                scores("11100000")), // one worse, none better: behind, in the worse half
            incumbent);

    assertThat(keep).containsExactly(0, 1, 2);
  }

  @Test
  void aCandidateClearlyBehindIsDroppedEvenInTheBetterHalf() {
    String incumbent = "++++++++";
    List<Integer> keep =
        IncumbentRace.survivors(
            List.of(scores("11111111"), scores("11100000"), scores("00000000")), incumbent);

    // Five and eight examples worse, none better: sign test p = 1/32 and 1/256, both clearly
    // behind.
    assertThat(keep).containsExactly(0);
  }

  @Test
  void aCandidateClearlyBehindTheRoundsLeaderIsDroppedThoughAheadOfTheIncumbent() {
    String incumbent = "00000000";
    List<Integer> keep =
        IncumbentRace.survivors(
            List.of(scores("11111111"), scores("11100000"), scores("10000000")), incumbent);

    // Against the leader the second is 5 worse (p = 1/32), the third 7 worse.
    assertThat(keep).containsExactly(0);
  }

  @Test
  void fewExamplesAreNotEnoughToBeClearlyBehind() {
    String incumbent = "++++";
    List<Integer> keep =
        IncumbentRace.survivors(List.of(scores("1110"), scores("1100"), scores("1000")), incumbent);

    // The leader is one worse of four, the second two (p = 1/4): behind but not clearly, so the
    // better half goes on; the third is behind and in the worse half.
    assertThat(keep).containsExactly(0, 1);
  }

  @Test
  void aCandidateThatGainedNothingWhereTheIncumbentWasWrongStops() {
    // The incumbent is wrong on all ten examples: room enough to show a gain.
    String incumbent = "0000000000";
    List<Integer> keep =
        IncumbentRace.survivors(List.of(scores("1000000000"), scores("0000000000")), incumbent);

    // The first fixed one example: ahead, it goes on. The second tied on all ten: stalled.
    assertThat(keep).containsExactly(0);
    assertThat(
            IncumbentRace.survivors(
                List.of(scores("1000"), scores("0000")), incumbent.substring(0, 4)))
        .as("with fewer than %d examples of room a tie goes on", IncumbentRace.ROOM_SEEN)
        .containsExactly(0, 1);
  }
}
