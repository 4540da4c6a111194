package dev.gradus.activities.llm;

import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.util.List;

/**
 * One call to a model.
 *
 * @param role optimizer, target or judge: a metrics tag, and the simulated model's cue
 * @param sample which of several samples of the same conversation this is (0 for the first)
 */
public record LlmRequest(String role, ModelSpec model, List<ChatMessage> messages, int sample) {}
