package dev.gradus.activities.llm;

import dev.gradus.search.ChatMessage;
import java.util.List;

/**
 * Token counts for servers that report no usage (some Ollama and llama.cpp builds, proxies that
 * strip it). About four characters per token is the usual rule of thumb for English; budgets need a
 * number, and an honest estimate beats counting such calls as free.
 */
public final class TokenEstimate {

  private TokenEstimate() {}

  /** ceil(characters / 4). */
  public static long of(String text) {
    return text == null ? 0 : (text.length() + 3L) / 4;
  }

  /** ceil(characters / 4) over the contents of all messages. */
  public static long of(List<ChatMessage> messages) {
    long characters = 0;
    for (ChatMessage message : messages) {
      characters += message.content() == null ? 0 : message.content().length();
    }
    return (characters + 3) / 4;
  }
}
