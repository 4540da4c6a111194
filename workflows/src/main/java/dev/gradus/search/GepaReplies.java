package dev.gradus.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optimizer's reply to GEPA's reflection prompt. The new instruction comes between
 * Gradus' {@code <INS>} tags; the paper's own convention, a fenced {@code ```} block, is read too.
 * A reply that quotes the old instruction before the new one yields the last tagged text, skipping
 * inline mentions such as "wrapped in <INS> and </INS>"; an untagged reply falls back to {@link
 * ProposalParser}.
 */
final class GepaReplies {

  private static final Pattern TAGGED =
      Pattern.compile("<INS>(.*?)</INS>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern FENCED =
      Pattern.compile("```[\\w-]*\\s*\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern MENTION =
      Pattern.compile("(and|or|to|,)?", Pattern.CASE_INSENSITIVE);

  private GepaReplies() {}

  static Optional<String> instruction(String reply) {
    if (reply == null || reply.isBlank()) {
      return Optional.empty();
    }
    Optional<String> last = lastOf(TAGGED.matcher(reply));
    if (last.isEmpty() && !reply.toUpperCase().contains("<INS>")) {
      last = lastOf(FENCED.matcher(reply));
    }
    return last.isPresent() ? last : ProposalParser.parse(reply);
  }

  private static Optional<String> lastOf(Matcher m) {
    Optional<String> last = Optional.empty();
    while (m.find()) {
      String body = m.group(1);
      if (!MENTION.matcher(body.strip()).matches()) {
        Optional<String> text = ProposalParser.parse("<INS>" + body + "</INS>");
        last = text.isPresent() ? text : last;
      }
    }
    return last;
  }
}
