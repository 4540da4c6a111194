package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageTest {

  private static Candidate c(String id, int gen, String... parents) {
    return Candidate.proposed(id, id, List.of(parents), "op", null, gen).withScore(0.5, 1);
  }

  @Test
  void lineageWalksParentsOldestFirst() {
    List<Candidate> known =
        List.of(c("seed", 0), c("a", 1, "seed"), c("b", 2, "a"), c("x", 2, "seed"));
    assertThat(Lineage.of("b", known)).extracting(Candidate::id).containsExactly("seed", "a", "b");
  }

  @Test
  void pruneKeepsLivingCandidatesAndTheirAncestorsOnly() {
    List<Candidate> known =
        List.of(c("seed", 0), c("a", 1, "seed"), c("dead", 1, "seed"), c("b", 2, "a"));
    assertThat(Lineage.prune(known, List.of(c("b", 2, "a"))))
        .extracting(Candidate::id)
        .containsExactly("seed", "a", "b");
  }

  @Test
  void pruneBoundsTheSizeOfVeryLongChains() {
    List<Candidate> known = new ArrayList<>(List.of(c("g0", 0)));
    for (int g = 1; g < 1000; g++) {
      known.add(c("g" + g, g, "g" + (g - 1)));
    }
    List<Candidate> kept = Lineage.prune(known, List.of(known.get(999)));
    assertThat(kept).hasSize(Lineage.MAX_SIZE);
    assertThat(kept.get(0).id()).isEqualTo("g0");
    assertThat(kept.get(kept.size() - 1).id()).isEqualTo("g999");
  }
}
