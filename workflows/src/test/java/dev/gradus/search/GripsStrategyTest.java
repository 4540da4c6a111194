package dev.gradus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GripsStrategyTest {

  private static final String SEED_TEXT =
      "Solve the math problem and explain your reasoning step by step. Answer with the number"
          + " only, in a complete sentence.";
  private static final Candidate SEED = FakeContext.scored("c0", SEED_TEXT, 0.1);
  private static final Pattern DEL = Pattern.compile("^del '(.*)'$");
  private static final Pattern SWAP = Pattern.compile("^swap '(.*)' <-> '(.*)'$");
  private static final Pattern PAR = Pattern.compile("^par '(.*)' -> '(.*)'$");
  private static final Pattern ADD = Pattern.compile("^add '(.*)'$");

  private static GripsStrategy rules(int candidates, int compose) {
    return new GripsStrategy(candidates, compose, 2, false);
  }

  private static SearchState fromSeed(int generation) {
    return new SearchState(generation, List.of(SEED), List.of(SEED));
  }

  /** A base that an accepted deletion of "in a complete sentence" made from the seed. */
  private static final Candidate CHILD =
      new Candidate(
              "c3",
              "Solve the math problem and explain your reasoning step by step. Answer with the"
                  + " number only.",
              List.of(),
              List.of("c0"),
              "grips",
              "del 'in a complete sentence'",
              1,
              null,
              0,
              null,
              null,
              null)
          .withScore(0.3, 10, null, null);

  private static PhraseChunker.Span span(String text, String phrase) {
    return PhraseChunker.chunk(text).stream()
        .filter(s -> s.text().equals(phrase))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachCandidateIsTheBaseWithTheEditsItsNoteNames() {
    FakeContext ctx = new FakeContext(p -> List.of());
    List<Candidate> out = rules(40, 1).propose(fromSeed(4), ctx);

    assertThat(out).hasSizeGreaterThan(8);
    assertThat(out)
        .extracting(c -> c.note().substring(0, c.note().indexOf(' ')))
        .contains("del", "swap", "par")
        .doesNotContain("add"); // nothing was deleted yet
    for (Candidate c : out) {
      assertThat(c.operation()).isEqualTo("grips");
      assertThat(c.parentIds()).containsExactly("c0");
      assertThat(c.generation()).isEqualTo(4);
      assertThat(c.instruction()).isEqualTo(expected(SEED_TEXT, c.note()));
    }
    assertThat(out).extracting(Candidate::instruction).doesNotHaveDuplicates();
  }

  private static String expected(String base, String note) {
    Matcher m;
    if ((m = DEL.matcher(note)).matches()) {
      return PhraseEdits.delete(base, span(base, m.group(1)));
    }
    if ((m = SWAP.matcher(note)).matches()) {
      return PhraseEdits.swap(base, span(base, m.group(1)), span(base, m.group(2)));
    }
    if ((m = PAR.matcher(note)).matches()) {
      return PhraseEdits.replace(base, span(base, m.group(1)), m.group(2));
    }
    throw new AssertionError("unexpected note " + note);
  }

  @Test
  void addPutsBackOnlyPhrasesThatTheBaseAncestryDeleted() {
    FakeContext ctx = new FakeContext(p -> List.of());
    SearchState state = new SearchState(2, List.of(CHILD), List.of(CHILD, SEED));

    assertThat(DeletedPhrases.of(CHILD, state)).containsExactly("in a complete sentence");
    List<Candidate> adds =
        rules(60, 1).propose(state, ctx).stream().filter(c -> c.note().startsWith("add")).toList();
    assertThat(adds).isNotEmpty();
    for (Candidate c : adds) {
      assertThat(c.note()).isEqualTo("add 'in a complete sentence'");
      assertThat(c.instruction()).contains("in a complete sentence");
      assertThat(c.parentIds()).containsExactly("c3");
    }
  }

  @Test
  void eachCandidateComposesTheConfiguredNumberOfEdits() {
    List<Candidate> out = rules(10, 3).propose(fromSeed(1), new FakeContext(p -> List.of()));

    assertThat(out).isNotEmpty();
    assertThat(out).allSatisfy(c -> assertThat(c.note().split("; ")).hasSize(3));
  }

  @Test
  void theBestCandidateReplacesTheBaseOnlyWhenItScoresHigher() {
    GripsStrategy grips = rules(5, 1);
    Candidate equal = FakeContext.scored("c1", "Equal.", 0.1);
    Candidate worse = FakeContext.scored("c2", "Worse.", 0.05);
    Candidate better = FakeContext.scored("c3", "Better.", 0.2);

    assertThat(grips.select(List.of(SEED), List.of(worse, equal))).containsExactly(SEED);
    assertThat(grips.select(List.of(SEED), List.of(equal, better, worse))).containsExactly(better);
    assertThat(grips.select(List.of(SEED), List.of())).containsExactly(SEED);
  }

  @Test
  void convergesAfterPatienceIterationsWithoutANewBase() {
    GripsStrategy grips = rules(5, 1);
    // The seed is generation 0; generations 1 and 2 failed to beat it.
    assertThat(grips.converged(fromSeed(1))).isFalse();
    assertThat(grips.converged(fromSeed(2))).isFalse();
    assertThat(grips.converged(fromSeed(3))).isTrue();
    // CHILD was proposed in generation 1 and became the base; only generation 2 failed since.
    SearchState afterChild = new SearchState(3, List.of(CHILD), List.of(CHILD, SEED));
    assertThat(grips.converged(afterChild)).isFalse();
    assertThat(new GripsStrategy(5, 1, 1, false).converged(afterChild)).isTrue();
  }

  @Test
  void ruleParaphrasingNeverCallsTheOptimizer() {
    FakeContext ctx = new FakeContext(p -> List.of("<INS>never used</INS>"));
    rules(30, 2).propose(fromSeed(1), ctx);
    assertThat(ctx.prompts).isEmpty();
  }

  @Test
  void llmParaphraseAsksTheOptimizerAndParsesAChattyReply() {
    FakeContext ctx =
        new FakeContext(
            p ->
                List.of(
                    "Sure! Here is a paraphrase of the phrase:\n\n<INS>using a single word</INS>\n"
                        + "Let me know if you need more."));
    List<Candidate> paraphrased =
        new GripsStrategy(30, 1, 2, true)
            .propose(fromSeed(1), ctx).stream().filter(c -> c.note().startsWith("par")).toList();

    assertThat(paraphrased).isNotEmpty();
    assertThat(ctx.prompts).hasSizeGreaterThanOrEqualTo(paraphrased.size());
    assertThat(ctx.prompts.get(0)).contains("<INS>" + SEED_TEXT + "</INS>").contains("Paraphrase");
    for (Candidate c : paraphrased) {
      assertThat(c.note()).endsWith("-> 'using a single word'");
      assertThat(c.instruction()).contains("using a single word");
    }
  }

  @Test
  void anLlmReplyWithoutAPhraseGivesNoCandidate() {
    FakeContext ctx = new FakeContext(p -> List.of(""));
    List<Candidate> out = new GripsStrategy(30, 1, 2, true).propose(fromSeed(1), ctx);
    assertThat(ctx.prompts).isNotEmpty();
    assertThat(out).noneMatch(c -> c.note().startsWith("par"));
  }
}
