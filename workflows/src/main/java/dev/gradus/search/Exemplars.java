package dev.gradus.search;

import java.util.List;

/** Renders labelled examples for meta-prompts, in the one format every strategy and model reads. */
public final class Exemplars {

  /** Long inputs are cut so that a meta-prompt stays far below any context window. */
  static final int MAX_CHARS = 600;

  private Exemplars() {}

  /** {@code Input: ...} / {@code Output: ...} blocks separated by blank lines. */
  public static String render(List<Example> examples) {
    StringBuilder out = new StringBuilder();
    for (Example e : examples) {
      out.append("Input: ").append(cut(e.input())).append('\n');
      out.append("Output: ").append(cut(e.target())).append("\n\n");
    }
    return out.toString();
  }

  static String cut(String text) {
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "...";
  }
}
