package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optimizer's replies to ProTeGi's prompts. Critiques come between the paper's {@code
 * <START>} and {@code <END>} tags, prompts between Gradus' {@code <INS>} tags (the paper's tags are
 * read too). Chatty replies still yield what they hold: a reply that forgot its tags falls back to
 * its numbered or bulleted items, then to its whole text; a tag left open runs to the reply's end;
 * inline mentions of the tags ("wrapped in <INS> and </INS>") are skipped.
 */
final class ProtegiReplies {

  /** A critique longer than this is the model rambling; it is cut, not dropped. */
  static final int MAX_CRITIQUE = 600;

  private static final Pattern CRITIQUE =
      Pattern.compile("<START>(.*?)(?:<END>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern PROMPT =
      Pattern.compile(
          "<(INS|START)>(.*?)(?:</INS>|<END>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d+[.)]|[-*•])\\s+(.+)$");
  private static final Pattern MENTION =
      Pattern.compile("(and|or|to|,|</?INS>|<END>)?", Pattern.CASE_INSENSITIVE);

  private ProtegiReplies() {}

  /** At most {@code max} critiques from one reply to the gradient prompt. */
  static List<String> critiques(String reply, int max) {
    List<String> out = new ArrayList<>();
    if (reply == null || reply.isBlank()) {
      return out;
    }
    Matcher tagged = CRITIQUE.matcher(reply);
    while (tagged.find() && out.size() < max) {
      addCritique(out, tagged.group(1));
    }
    if (out.isEmpty()) {
      for (String line : reply.split("\\R")) {
        Matcher item = ITEM.matcher(line);
        if (item.matches() && out.size() < max) {
          addCritique(out, item.group(1));
        }
      }
    }
    if (out.isEmpty()) {
      addCritique(out, reply);
    }
    return out;
  }

  /** At most {@code max} distinct prompts from one reply to the editing or paraphrasing prompt. */
  static List<String> prompts(String reply, int max) {
    List<String> out = new ArrayList<>();
    if (reply == null) {
      return out;
    }
    Matcher tagged = PROMPT.matcher(reply);
    while (tagged.find() && out.size() < max) {
      String body = tagged.group(2);
      if (MENTION.matcher(body.strip()).matches()) {
        continue;
      }
      ProposalParser.parse("<INS>" + body + "</INS>")
          .filter(text -> out.stream().noneMatch(text::equalsIgnoreCase))
          .ifPresent(out::add);
    }
    if (out.isEmpty() && max > 0) {
      ProposalParser.parse(reply).ifPresent(out::add);
    }
    return out;
  }

  /** The first words of a critique, for a candidate's lineage note. */
  static String excerpt(String critique, int length) {
    String flat = critique.replaceAll("\\s+", " ").strip();
    return flat.length() <= length ? flat : flat.substring(0, length - 3).strip() + "...";
  }

  private static void addCritique(List<String> out, String raw) {
    Optional.of(raw.replaceAll("(?i)</?(START|END)>", "").replaceAll("\\s*\\R\\s*", " ").strip())
        .filter(text -> !text.isEmpty() && !MENTION.matcher(text).matches())
        .map(text -> text.length() <= MAX_CRITIQUE ? text : text.substring(0, MAX_CRITIQUE))
        .ifPresent(out::add);
  }
}
