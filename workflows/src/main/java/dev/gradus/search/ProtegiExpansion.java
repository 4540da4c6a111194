package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ProTeGi's expansion of one beam prompt (Pryzant et al., 2023, Algorithm 2): try it on a train
 * minibatch; from groups of its errors, ask for critiques ("gradients"); edit the prompt once per
 * critique; ask for Monte-Carlo paraphrases of every edit and of the prompt itself.
 */
final class ProtegiExpansion {

  private static final MetaPrompt GRADIENT = MetaPrompt.load("protegi-gradient");
  private static final MetaPrompt EDIT = MetaPrompt.load("protegi-edit");
  private static final MetaPrompt PARAPHRASE = MetaPrompt.load("protegi-paraphrase");
  private static final int NOTE_LENGTH = 160;

  private final ProtegiSettings settings;

  ProtegiExpansion(ProtegiSettings settings) {
    this.settings = settings;
  }

  /** The parent's successors, unscored; repeats are left for the caller to drop. */
  List<Candidate> expand(Candidate parent, int generation, SearchContext context) {
    Trial trial = context.tryOnTrain(List.of(parent), settings.minibatch()).get(0);
    List<ExampleOutcome> errors = trial.errors().stream().filter(o -> o.example() != null).toList();
    List<Candidate> edits = new ArrayList<>();
    for (int group = 0; group < settings.gradients() && !errors.isEmpty(); group++) {
      String shown =
          render(Sampling.withoutReplacement(errors, settings.errors(), context.random()));
      String ask =
          GRADIENT.fill(
              Map.of(
                  "prompt", parent.instruction(),
                  "errors", shown,
                  "reasons", String.valueOf(settings.reasons())));
      for (String reply : context.askOptimizer(List.of(ChatMessage.user(ask)), 1)) {
        for (String critique : ProtegiReplies.critiques(reply, settings.reasons())) {
          edits.addAll(edit(parent, shown, critique, generation, context));
        }
      }
    }
    List<Candidate> out = new ArrayList<>(edits);
    if (settings.paraphrases() > 0) {
      List<Candidate> sources = new ArrayList<>(edits);
      sources.add(parent);
      for (Candidate source : sources) {
        out.addAll(paraphrases(parent, source, generation, context));
      }
    }
    return out;
  }

  private List<Candidate> edit(
      Candidate parent, String shown, String critique, int generation, SearchContext context) {
    String ask =
        EDIT.fill(
            Map.of(
                "prompt",
                parent.instruction(),
                "errors",
                shown,
                "critique",
                critique,
                "edits",
                String.valueOf(settings.edits())));
    List<Candidate> out = new ArrayList<>();
    for (String reply : context.askOptimizer(List.of(ChatMessage.user(ask)), 1)) {
      for (String text : ProtegiReplies.prompts(reply, settings.edits())) {
        String note = "critique: " + ProtegiReplies.excerpt(critique, NOTE_LENGTH);
        out.add(successor(parent, text, note, generation, context));
      }
    }
    return out;
  }

  private List<Candidate> paraphrases(
      Candidate parent, Candidate source, int generation, SearchContext context) {
    String ask = PARAPHRASE.fill(Map.of("instruction", source.instruction()));
    String note =
        source == parent ? "paraphrase of " + parent.id() : source.note() + " (paraphrased)";
    List<Candidate> out = new ArrayList<>();
    for (String reply :
        context.askOptimizer(List.of(ChatMessage.user(ask)), settings.paraphrases())) {
      for (String text : ProtegiReplies.prompts(reply, 1)) {
        out.add(successor(parent, text, note, generation, context));
      }
    }
    return out;
  }

  private static Candidate successor(
      Candidate parent, String text, String note, int generation, SearchContext context) {
    return new Candidate(
        context.newCandidateId(),
        text,
        parent.demos(),
        List.of(parent.id()),
        ProtegiStrategy.TYPE,
        note,
        generation,
        null,
        0,
        null,
        null,
        null);
  }

  /** The errors as the paper shows them, one numbered block each, in Gradus' field names. */
  static String render(List<ExampleOutcome> errors) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < errors.size(); i++) {
      ExampleOutcome e = errors.get(i);
      out.append("## Example ").append(i + 1).append('\n');
      out.append("Input: ").append(e.example().input().strip()).append('\n');
      out.append("Expected: ").append(e.example().target()).append('\n');
      String got = e.output() == null ? "" : e.output().strip().replaceAll("\\s*\\R\\s*", " ");
      out.append("Got: ").append(got).append('\n');
      if (e.feedback() != null && !e.feedback().isBlank()) {
        out.append("Feedback: ").append(e.feedback().strip()).append('\n');
      }
      out.append('\n');
    }
    return out.toString().strip();
  }
}
