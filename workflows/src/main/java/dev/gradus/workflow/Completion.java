package dev.gradus.workflow;

import java.util.List;

/**
 * The replies to a {@link CompletionRequest}, in sample order, and what they cost. Fewer replies
 * than samples asked means the run held calls (it was paused) before the rest were answered.
 */
public record Completion(List<String> texts, Usage usage) {

  /** These replies followed by the rest. */
  public Completion plus(Completion rest) {
    List<String> all = new java.util.ArrayList<>(texts);
    all.addAll(rest.texts);
    return new Completion(List.copyOf(all), usage.plus(rest.usage));
  }
}
