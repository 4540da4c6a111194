package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

  /** A trial of a candidate with the given scores on examples 0, 1, 2, ... */
  private static Trial trial(String id, double... scores) {
    List<ExampleOutcome> outcomes =
        IntStream.range(0, scores.length)
            .mapToObj(i -> new ExampleOutcome(i, null, null, scores[i], null))
            .toList();
    return new Trial(FakeContext.scored(id, id + ".", 0.5), outcomes);
  }

  @Test
  void keepsTheCandidatesBestOnSomeExampleThatNoOtherCovers() {
    ParetoFront front =
        ParetoFront.of(
            List.of(
                trial("a", 1, 1, 0, 0.2),
                trial("b", 0, 0, 1, 0.2),
                trial("c", 1, 0, 0, 0.1), // best only where a is too: dominated
                trial("d", 0, 0, 0, 0.1), // best nowhere
                trial("e", 0, 0, 0.5, 0.2))); // ties on example 3 only, which a also covers

    assertThat(front.members()).extracting(Candidate::id).containsExactly("a", "b");
    // example 3 is a three-way tie at 0.2: a, b and e all count it
    assertThat(front.wins()).containsExactly(3, 2);
  }

  @Test
  void equalSetsKeepTheEarlierCandidateAndEmptyTrialsTakeNoPart() {
    ParetoFront front =
        ParetoFront.of(
            List.of(
                new Trial(FakeContext.scored("unpaid", "U.", 0.9), List.of()),
                trial("a", 0, 0),
                trial("b", 0, 0)));

    assertThat(front.members()).extracting(Candidate::id).containsExactly("a");
    assertThat(front.wins()).containsExactly(2);
  }

  @Test
  void parentsAreDrawnInProportionToTheExamplesTheyAreBestOn() {
    ParetoFront front = ParetoFront.of(List.of(trial("a", 1, 1, 1, 0), trial("b", 0, 0, 0, 1)));
    Random random = new Random(42);
    Map<String, Integer> draws = new HashMap<>();
    for (int i = 0; i < 4000; i++) {
      draws.merge(front.draw(random).id(), 1, Integer::sum);
    }
    // 3 wins to 1: a is drawn three times as often, within sampling noise (seeded, so stable)
    assertThat(draws.get("a")).isBetween(2850, 3150);
    assertThat(draws.get("b")).isBetween(850, 1150);
  }

  @Test
  void drawingIsDeterministicGivenTheSeed() {
    ParetoFront front =
        ParetoFront.of(List.of(trial("a", 1, 0, 0), trial("b", 0, 1, 0), trial("c", 0, 0, 1)));
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    Random r1 = new Random(3);
    Random r2 = new Random(3);
    for (int i = 0; i < 20; i++) {
      first.add(front.draw(r1).id());
      second.add(front.draw(r2).id());
    }
    assertThat(first).isEqualTo(second).contains("a", "b", "c");
  }
}
