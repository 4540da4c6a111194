package dev.gradus.worker.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import dev.gradus.activities.openai.ChatCompletionReader;
import dev.gradus.activities.openai.OpenAiFailures;
import dev.gradus.search.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatCompletionReaderTest {

  private static final List<ChatMessage> PROMPT =
      List.of(ChatMessage.system("12345678"), ChatMessage.user("123"));

  private final ChatCompletionReader reader =
      new ChatCompletionReader(new OpenAiFailures("llama3", "localhost:11434", null));

  @Test
  void readsTheFirstChoiceAndReportedUsage() {
    String body =
        "{\"id\":\"x\",\"choices\":[{\"index\":0,"
            + "\"message\":{\"role\":\"assistant\",\"content\":\"positive\"},"
            + "\"finish_reason\":\"stop\"},{\"message\":{\"content\":\"no\"}}],"
            + "\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":2,\"total_tokens\":23},"
            + "\"system_fingerprint\":\"fp\"}";

    assertThat(reader.read(body, PROMPT)).isEqualTo(new LlmResponse("positive", 21, 2));
  }

  @Test
  void estimatesTokensAsCharsOverFourWhenUsageIsAbsent() {
    String body = "{\"choices\":[{\"message\":{\"content\":\"negative\"}}]}";

    // Prompt: 11 characters -> ceil(11/4) = 3; reply: 8 characters -> 2.
    assertThat(reader.read(body, PROMPT)).isEqualTo(new LlmResponse("negative", 3, 2));
  }

  @Test
  void estimatesOnlyTheCountThatIsMissing() {
    String body =
        "{\"choices\":[{\"message\":{\"content\":\"abcde\"}}],"
            + "\"usage\":{\"prompt_tokens\":40}}";

    assertThat(reader.read(body, PROMPT)).isEqualTo(new LlmResponse("abcde", 40, 2));
  }

  @Test
  void nullContentIsAnEmptyAnswer() {
    String body =
        "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,"
            + "\"refusal\":\"I can't\"},\"finish_reason\":\"stop\"}]}";

    assertThat(reader.read(body, PROMPT).text()).isEmpty();
  }

  @Test
  void garbageIsMalformed() {
    assertMalformed("<html>oops</html>");
    assertMalformed("");
    assertMalformed("[1, 2]");
  }

  @Test
  void answersWithoutChoicesAreMalformedAndNameTheVendorError() {
    ProviderException failure =
        assertMalformed("{\"error\":{\"message\":\"upstream overloaded\"}}");

    assertThat(failure.getMessage()).contains("no choices", "upstream overloaded", "llama3");
    assertMalformed("{\"choices\":[]}");
    assertMalformed("{\"choices\":[{\"finish_reason\":\"stop\"}]}");
  }

  private ProviderException assertMalformed(String body) {
    ProviderException failure =
        catchThrowableOfType(ProviderException.class, () -> reader.read(body, PROMPT));
    assertThat(failure).as(body).isNotNull();
    assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    return failure;
  }
}
