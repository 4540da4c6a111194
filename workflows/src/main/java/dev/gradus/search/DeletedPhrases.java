package dev.gradus.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The phrases GRIPS's add operation may put back. The paper keeps a list of the phrases that
 * accepted deletions removed; a Gradus strategy must rebuild its state from {@link SearchState}
 * after every continue-as-new, so the list is derived instead: the phrases of the base's ancestors
 * (each an earlier, accepted base) that the base no longer contains. Ancestors are looked up among
 * the population and the leaderboard, so one that has fallen off the leaderboard takes its phrases
 * with it. A phrase that an accepted paraphrase reworded also counts as removed, which the paper's
 * list would not do.
 */
final class DeletedPhrases {

  private DeletedPhrases() {}

  /** Removed phrases, oldest ancestor first, each once. */
  static List<String> of(Candidate base, SearchState state) {
    List<Candidate> known = new ArrayList<>(state.population());
    known.addAll(state.leaderboard());
    known.add(base);
    List<String> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Candidate ancestor : Lineage.of(base.id(), known)) {
      if (ancestor.id().equals(base.id())) {
        continue;
      }
      for (PhraseChunker.Span phrase : PhraseChunker.chunk(ancestor.instruction())) {
        if (!PhraseEdits.contains(base.instruction(), phrase.text())
            && keys.add(PhraseEdits.key(phrase.text()))) {
          out.add(phrase.text());
        }
      }
    }
    return out;
  }
}
