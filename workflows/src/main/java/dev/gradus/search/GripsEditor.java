package dev.gradus.search;

import dev.gradus.search.PhraseChunker.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Makes one GRIPS candidate: {@code compose} edits in a row, each drawn uniformly from the
 * operations that can apply to the text so far (delete or swap need two phrases, add needs a
 * deleted phrase the text lacks, rule paraphrasing needs a word the table knows), on phrases drawn
 * uniformly. The text is chunked again after each edit.
 */
final class GripsEditor {

  /** An edited instruction and the edits that made it, for the candidate's note. */
  record Edited(String text, String note) {}

  private static final MetaPrompt PARAPHRASE = MetaPrompt.load("grips-paraphrase");
  private static final int NOTE_PHRASE = 60;

  private final SearchContext context;
  private final Random random;
  private final boolean llmParaphrase;
  private final List<String> deleted;

  /**
   * @param deleted the phrases the add operation may put back
   */
  GripsEditor(SearchContext context, boolean llmParaphrase, List<String> deleted) {
    this.context = context;
    this.random = context.random();
    this.llmParaphrase = llmParaphrase;
    this.deleted = List.copyOf(deleted);
  }

  /** The edited text, or empty when no edit applied or the edits changed nothing. */
  Optional<Edited> edit(String instruction, int compose) {
    String text = instruction;
    List<String> notes = new ArrayList<>();
    for (int k = 0; k < compose; k++) {
      List<Span> phrases = PhraseChunker.chunk(text);
      List<String> operations = operations(text, phrases);
      if (operations.isEmpty()) {
        break;
      }
      String operation = operations.get(random.nextInt(operations.size()));
      Optional<Edited> step = apply(operation, text, phrases);
      if (step.isPresent()) {
        text = step.get().text();
        notes.add(step.get().note());
      }
    }
    return notes.isEmpty() || text.equals(instruction)
        ? Optional.empty()
        : Optional.of(new Edited(text, String.join("; ", notes)));
  }

  private List<String> operations(String text, List<Span> phrases) {
    List<String> out = new ArrayList<>();
    if (phrases.size() >= 2) {
      out.add("del");
      out.add("swap");
    }
    if (llmParaphrase
        ? !phrases.isEmpty()
        : phrases.stream().anyMatch(p -> RuleParaphraser.canParaphrase(p.text()))) {
      out.add("par");
    }
    if (!addable(text).isEmpty()) {
      out.add("add");
    }
    return out;
  }

  private Optional<Edited> apply(String operation, String text, List<Span> phrases) {
    switch (operation) {
      case "del" -> {
        Span p = pick(phrases);
        return Optional.of(new Edited(PhraseEdits.delete(text, p), "del " + quote(p.text())));
      }
      case "swap" -> {
        int i = random.nextInt(phrases.size());
        int j = random.nextInt(phrases.size() - 1);
        Span a = phrases.get(i);
        Span b = phrases.get(j >= i ? j + 1 : j);
        String note = "swap " + quote(a.text()) + " <-> " + quote(b.text());
        return Optional.of(new Edited(PhraseEdits.swap(text, a, b), note));
      }
      case "par" -> {
        List<Span> options =
            llmParaphrase
                ? phrases
                : phrases.stream().filter(p -> RuleParaphraser.canParaphrase(p.text())).toList();
        Span p = pick(options);
        return paraphrase(text, p.text())
            .filter(q -> !PhraseEdits.key(q).equals(PhraseEdits.key(p.text())))
            .map(
                q ->
                    new Edited(
                        PhraseEdits.replace(text, p, q),
                        "par " + quote(p.text()) + " -> " + quote(q)));
      }
      default -> {
        List<String> options = addable(text);
        String phrase = options.get(random.nextInt(options.size()));
        int after = random.nextInt(phrases.size() + 1);
        return Optional.of(
            new Edited(PhraseEdits.insert(text, phrases, after, phrase), "add " + quote(phrase)));
      }
    }
  }

  /** Empty when the optimizer is out of budget or its reply holds no phrase. */
  private Optional<String> paraphrase(String text, String phrase) {
    if (!llmParaphrase) {
      return RuleParaphraser.paraphrase(phrase, random);
    }
    String prompt = PARAPHRASE.fill(Map.of("instruction", text, "phrase", phrase));
    return context.askOptimizer(List.of(ChatMessage.user(prompt)), 1).stream()
        .findFirst()
        .flatMap(ProposalParser::parse);
  }

  private List<String> addable(String text) {
    return deleted.stream().filter(d -> !PhraseEdits.contains(text, d)).toList();
  }

  private Span pick(List<Span> phrases) {
    return phrases.get(random.nextInt(phrases.size()));
  }

  private static String quote(String phrase) {
    return "'"
        + (phrase.length() > NOTE_PHRASE ? phrase.substring(0, NOTE_PHRASE - 3) + "..." : phrase)
        + "'";
  }
}
