package dev.gradus.search;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the final prompt out of a reply to an EvoPrompt template. The templates ask the model to
 * work through numbered steps, so a reply often holds intermediate prompts too, sometimes tagged
 * like the final one: the final prompt is the last tagged text, skipping inline mentions of the
 * tags such as "between <INS> and </INS>". The paper's own {@code <prompt>} tags are read as well.
 * A reply without a closed tag falls back to the last opening tag, then to its last line, where the
 * steps end.
 */
final class EvoReplies {

  private static final Pattern PAIR =
      Pattern.compile("<(INS|prompt)>(.*?)</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern OPENING =
      Pattern.compile("<(?:INS|prompt)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern MENTION = Pattern.compile("(and|or|to|,)", Pattern.CASE_INSENSITIVE);
  private static final Pattern STEP_NUMBER = Pattern.compile("^\\d+[.)]\\s*");

  private EvoReplies() {}

  /**
   * Asks the optimizer one EvoPrompt template and makes its final prompt a child: what the GA and
   * DE do for every child they breed.
   *
   * @return the child, or empty when the budget allowed no call or the reply held no prompt
   */
  static Optional<Candidate> child(
      SearchContext context,
      String metaPrompt,
      List<String> parents,
      String operation,
      String note,
      int generation) {
    return context.askOptimizer(List.of(ChatMessage.user(metaPrompt)), 1).stream()
        .findFirst()
        .flatMap(EvoReplies::finalPrompt)
        .map(
            text ->
                Candidate.proposed(
                    context.newCandidateId(), text, parents, operation, note, generation));
  }

  static Optional<String> finalPrompt(String reply) {
    if (reply == null) {
      return Optional.empty();
    }
    Optional<String> last = Optional.empty();
    Matcher pair = PAIR.matcher(reply);
    while (pair.find()) {
      Optional<String> text = ProposalParser.parse("<INS>" + pair.group(2) + "</INS>");
      if (text.isPresent() && !MENTION.matcher(text.get()).matches()) {
        last = text;
      }
    }
    if (last.isPresent()) {
      return last;
    }
    Matcher opening = OPENING.matcher(reply);
    int from = -1;
    while (opening.find()) {
      from = opening.end();
    }
    if (from >= 0) {
      return ProposalParser.parse("<INS>" + reply.substring(from));
    }
    String[] lines = reply.strip().split("\\R");
    String lastLine = lines[lines.length - 1].strip();
    return ProposalParser.parse(STEP_NUMBER.matcher(lastLine).replaceFirst(""));
  }
}
