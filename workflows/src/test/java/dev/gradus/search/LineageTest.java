package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageTest {

  private static Candidate c(String id, int gen, String... parents) {
    return Candidate.proposed(id, id, List.of(parents), "op", null, gen)
        .withScore(0.5, 1, null, null);
  }

  @Test
  void lineageWalksParentsOldestFirst() {
    List<Candidate> known =
        List.of(c("seed", 0), c("a", 1, "seed"), c("b", 2, "a"), c("x", 2, "seed"));
    assertThat(Lineage.of("b", known)).extracting(Candidate::id).containsExactly("seed", "a", "b");
  }

  @Test
  void siblingsOfOneGenerationAreListedInCreationOrder() {
    List<Candidate> known =
        List.of(c("c0", 0), c("c12", 1, "c0"), c("c3", 1, "c0"), c("c20", 2, "c12", "c3"));
    assertThat(Lineage.of("c20", known))
        .extracting(Candidate::id)
        .containsExactly("c0", "c3", "c12", "c20");
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
