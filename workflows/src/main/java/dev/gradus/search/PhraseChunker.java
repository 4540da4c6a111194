package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an instruction into the phrases GRIPS edits. The paper takes phrases from a CRF
 * constituency parser; a pure strategy cannot ship one, so this is a small rule-based chunker with
 * three levels. First sentences, ended by {@code . ! ?} or a line break. Then clauses, split at
 * commas, semicolons and colons, and before a conjunction (and, but, or, ...) that starts at least
 * three words with at least two words before it, so "positive or negative" stays whole. Then short
 * phrases, split before a preposition (in, with, without, ...) with at least two words on each
 * side, except inside "step by step" and its kind. "Answer the question in one word, and be brief."
 * gives "Answer the question", "in one word" and "and be brief". Phrases are spans of the text
 * without their closing punctuation, which stays where it is when phrases are edited.
 */
final class PhraseChunker {

  /** One phrase: the text between {@code start} (inclusive) and {@code end} (exclusive). */
  record Span(int start, int end, String text) {}

  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Set<String> CONJUNCTIONS =
      Set.of("and", "but", "or", "so", "then", "while", "because", "unless");
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "with", "without", "using", "for", "from", "into", "by", "on", "at", "as");

  private record Token(int start, int end, String word, boolean endsClause) {}

  private PhraseChunker() {}

  static List<Span> chunk(String text) {
    List<Token> tokens = tokens(text);
    List<Span> out = new ArrayList<>();
    int clauseStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).endsClause() || i == tokens.size() - 1) {
        splitClause(text, tokens.subList(clauseStart, i + 1), out);
        clauseStart = i + 1;
      }
    }
    return out;
  }

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String raw = m.group();
      boolean lineBreakAfter = text.substring(m.end(), nextNonSpace(text, m.end())).contains("\n");
      String word = raw.replaceAll("^\\W+|\\W+$", "").toLowerCase(Locale.ROOT);
      boolean ends = raw.matches(".*[.!?,;:]$") || lineBreakAfter;
      tokens.add(new Token(m.start(), m.end(), word, ends));
    }
    return tokens;
  }

  /** The index of the first character after {@code from} that is not blank, or the length. */
  private static int nextNonSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void splitClause(String text, List<Token> clause, List<Span> out) {
    int segment = 0;
    for (int i = 1; i < clause.size(); i++) {
      if (CONJUNCTIONS.contains(clause.get(i).word())
          && i - segment >= 2
          && clause.size() - i >= 3) {
        splitPhrases(text, clause.subList(segment, i), out);
        segment = i;
      }
    }
    splitPhrases(text, clause.subList(segment, clause.size()), out);
  }

  private static void splitPhrases(String text, List<Token> part, List<Span> out) {
    int segment = 0;
    for (int i = 1; i < part.size() - 1; i++) {
      boolean repeated = part.get(i - 1).word().equals(part.get(i + 1).word());
      if (PREPOSITIONS.contains(part.get(i).word())
          && !repeated
          && i - segment >= 2
          && part.size() - i >= 2) {
        add(text, part.subList(segment, i), out);
        segment = i;
      }
    }
    add(text, part.subList(segment, part.size()), out);
  }

  private static void add(String text, List<Token> words, List<Span> out) {
    int start = words.get(0).start();
    int end = words.get(words.size() - 1).end();
    while (end > start && ".!?,;:".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end, text.substring(start, end)));
    }
  }
}
