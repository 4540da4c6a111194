package dev.gradus.worker.fake;

import dev.gradus.search.ChatMessage;
import java.util.List;

/**
 * The model behind a {@link FakeLlmServer}: given the requested model and the conversation, the
 * assistant's reply. Plug in anything from a constant to the simulated LLM. An exception becomes an
 * HTTP 500, as a crashing inference server would answer.
 */
@FunctionalInterface
public interface ChatResponder {

  String reply(String model, List<ChatMessage> messages);
}
