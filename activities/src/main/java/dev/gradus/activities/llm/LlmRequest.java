package dev.gradus.activities.llm;

import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.util.List;

/**
 * One call to a model.
 *
 * @param role optimizer, target or judge: a metrics tag, and the simulated model's cue
 * @param sample which of several samples of the same conversation this is (0 for the first)
 * @param cache whether the answer may come from, and goes to, the response cache
 */
public record LlmRequest(
    String role, ModelSpec model, List<ChatMessage> messages, int sample, boolean cache) {

  /** A request that uses the response cache, as runs do unless their spec says otherwise. */
  public LlmRequest(String role, ModelSpec model, List<ChatMessage> messages, int sample) {
    this(role, model, messages, sample, true);
  }
}
