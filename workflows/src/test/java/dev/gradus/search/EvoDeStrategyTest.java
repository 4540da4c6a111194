package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvoDeStrategyTest {

  private static final List<Candidate> FULL =
      List.of(
          FakeContext.scored("a", "Alpha prompt.", 0.5),
          FakeContext.scored("b", "Beta prompt.", 0.9),
          FakeContext.scored("c", "Gamma prompt.", 0.2),
          FakeContext.scored("d", "Delta prompt.", 0.4));

  private static Candidate child(String id, String basic, double score) {
    return Candidate.proposed(id, id + ".", List.of(basic, "b"), "evo-de", null, 3)
        .withScore(score, 10, null, null);
  }

  @Test
  void donorsAreTwoDistinctOtherMembersAndAllOthersGetChosen() {
    FakeContext ctx = new FakeContext(p -> List.of());
    for (int member = 0; member < 5; member++) {
      Set<Integer> seen = new HashSet<>();
      for (int draw = 0; draw < 500; draw++) {
        int[] donors = EvoDeStrategy.donors(5, member, ctx);
        assertThat(donors[0]).isNotEqualTo(member).isNotEqualTo(donors[1]).isBetween(0, 4);
        assertThat(donors[1]).isNotEqualTo(member).isBetween(0, 4);
        seen.add(donors[0]);
        seen.add(donors[1]);
      }
      assertThat(seen).hasSize(4).doesNotContain(member);
    }
  }

  @Test
  void eachMemberIsTheBasicPromptOfOneCallThatShowsDonorsAndTheBest() {
    FakeContext ctx =
        new FakeContext(
            p -> List.of("Step 3: <INS>New prompt: x y</INS>\nFinal:\n<INS>Child.</INS>"));

    List<Candidate> out = new EvoDeStrategy(4).propose(new SearchState(3, FULL, FULL), ctx);

    assertThat(ctx.prompts).hasSize(4);
    assertThat(out).hasSize(4);
    for (int i = 0; i < 4; i++) {
      Candidate child = out.get(i);
      String prompt = ctx.prompts.get(i);
      assertThat(child.parentIds().get(0)).isEqualTo(FULL.get(i).id());
      assertThat(prompt)
          .contains("Basic prompt: <INS>" + FULL.get(i).instruction() + "</INS>")
          .contains("Prompt 3: <INS>Beta prompt.</INS>");
      String donor1 = between(prompt, "Prompt 1: <INS>");
      String donor2 = between(prompt, "Prompt 2: <INS>");
      assertThat(donor1).isNotEqualTo(donor2).isNotEqualTo(FULL.get(i).instruction());
      assertThat(donor2).isNotEqualTo(FULL.get(i).instruction());
      assertThat(child.instruction()).isEqualTo("Child.");
      assertThat(child.operation()).isEqualTo("evo-de");
      assertThat(child.note()).contains("basic " + FULL.get(i).id()).contains("best b");
    }
  }

  private static String between(String prompt, String label) {
    int from = prompt.indexOf(label) + label.length();
    return prompt.substring(from, prompt.indexOf("</INS>", from));
  }

  @Test
  void aChildReplacesItsBasicPromptOnlyWhenItScoresHigher() {
    List<Candidate> children =
        List.of(
            child("ca", "a", 0.7), // better than a: replaces it
            child("cb", "b", 0.9), // a tie: b stays
            child("cc", "c", 0.1), // worse: c stays
            child("cc2", "c", 0.3)); // c's better child wins
    assertThat(new EvoDeStrategy(4).select(FULL, children))
        .extracting(Candidate::id)
        .containsExactly("ca", "b", "cc2", "d");
  }

  @Test
  void aChildDoesNotReplaceAnotherMemberEvenIfItBeatsIt() {
    // The child of b scores 0.95 but b is the best member; it replaces b, not the worst member.
    assertThat(new EvoDeStrategy(4).select(FULL, List.of(child("cb", "b", 0.95))))
        .extracting(Candidate::id)
        .containsExactly("a", "cb", "c", "d");
  }

  @Test
  void anInjectedPromptReplacesTheWorstMemberIfItBeatsIt() {
    Candidate human =
        Candidate.proposed("h", "Human prompt.", List.of(), "human", null, 3)
            .withScore(0.3, 10, null, null);
    assertThat(new EvoDeStrategy(4).select(FULL, List.of(human)))
        .extracting(Candidate::id)
        .containsExactly("a", "b", "h", "d");
  }
}
