package dev.gradus.workflow;

import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.util.List;

/**
 * Asks a model for {@code samples} replies to one conversation.
 *
 * @param role who is asking (optimizer, target, judge): a metrics tag, and the simulated model's
 *     cue
 * @param firstSample index of the first sample, part of the cache key, so that a resumed or
 *     repeated request asks for the same samples
 * @param cache false when the run turned the response cache off
 */
public record CompletionRequest(
    String role,
    ModelSpec model,
    List<ChatMessage> messages,
    int samples,
    int firstSample,
    Boolean cache) {

  /** Whether answers may come from the workers' response cache (null: from older runs, yes). */
  public boolean usesCache() {
    return cache == null || cache;
  }

  /** The samples of this request that come after the first {@code done}. */
  public CompletionRequest after(int done) {
    return new CompletionRequest(role, model, messages, samples - done, firstSample + done, cache);
  }
}
