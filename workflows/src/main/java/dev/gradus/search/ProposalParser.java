package dev.gradus.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the proposed instruction out of an optimizer model's reply. Real models wrap it in chatter
 * ("Sure! Here is an improved instruction:"), markdown or quotes, and sometimes forget the closing
 * tag; every such reply should still yield the instruction, and a reply with none yields nothing.
 */
public final class ProposalParser {

  /** Longer proposals are almost always the model rambling, not an instruction. */
  static final int MAX_LENGTH = 2000;

  private static final Pattern TAGGED =
      Pattern.compile("<INS>(.*?)(?:</INS>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern BRACKETED = Pattern.compile("^\\[(.+)]$", Pattern.DOTALL);
  private static final Pattern LABEL =
      Pattern.compile(
          "^(new |improved |final )?(instruction|prompt)\\s*:\\s*", Pattern.CASE_INSENSITIVE);

  private ProposalParser() {}

  public static Optional<String> parse(String reply) {
    if (reply == null) {
      return Optional.empty();
    }
    Matcher tagged = TAGGED.matcher(reply);
    String text = tagged.find() ? tagged.group(1) : withoutChatter(reply);
    text = clean(text);
    return text.isEmpty() || text.length() > MAX_LENGTH ? Optional.empty() : Optional.of(text);
  }

  /** Drops a leading line such as "Here is the instruction:" when more lines follow it. */
  private static String withoutChatter(String reply) {
    String text = reply.strip();
    int newline = text.indexOf('\n');
    if (newline > 0 && text.substring(0, newline).strip().endsWith(":")) {
      text = text.substring(newline + 1);
    }
    return text;
  }

  private static String clean(String raw) {
    String text = raw.strip();
    text = text.replaceAll("^```\\w*\\s*", "").replaceAll("\\s*```$", "").strip();
    Matcher bracket = BRACKETED.matcher(text);
    if (bracket.matches()) {
      text = bracket.group(1).strip();
    }
    text = LABEL.matcher(text).replaceFirst("").strip();
    if (text.length() >= 2 && isQuote(text.charAt(0)) && isQuote(text.charAt(text.length() - 1))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '”' || c == '`';
  }
}
