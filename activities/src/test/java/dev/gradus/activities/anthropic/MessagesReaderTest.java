package dev.gradus.activities.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import dev.gradus.search.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesReaderTest {

  private static final List<ChatMessage> PROMPT =
      List.of(ChatMessage.system("12345678"), ChatMessage.user("123"));

  private final MessagesReader reader =
      new MessagesReader(new AnthropicFailures("claude-x", "api.anthropic.com", null));

  @Test
  void joinsTheTextBlocksAndReadsTheUsage() {
    String body =
        "{\"id\":\"msg_01\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-x\","
            + "\"content\":[{\"type\":\"text\",\"text\":\"The answer is \"},"
            + "{\"type\":\"text\",\"text\":\"positive.\",\"citations\":null}],"
            + "\"stop_reason\":\"end_turn\",\"stop_sequence\":null,"
            + "\"usage\":{\"input_tokens\":21,\"output_tokens\":5,\"service_tier\":\"standard\"}}";

    assertThat(reader.read(body, PROMPT))
        .isEqualTo(new LlmResponse("The answer is positive.", 21, 5));
  }

  @Test
  void skipsBlocksThatAreNotText() {
    String body =
        "{\"type\":\"message\",\"content\":["
            + "{\"type\":\"thinking\",\"thinking\":\"hmm\",\"signature\":\"x\"},"
            + "{\"type\":\"text\",\"text\":\"negative\"}],"
            + "\"usage\":{\"input_tokens\":3,\"output_tokens\":9}}";

    assertThat(reader.read(body, PROMPT).text()).isEqualTo("negative");
  }

  @Test
  void countsPromptTokensReadFromOrWrittenToThePromptCache() {
    String body =
        "{\"content\":[{\"type\":\"text\",\"text\":\"ok\"}],\"usage\":{\"input_tokens\":10,"
            + "\"cache_creation_input_tokens\":100,\"cache_read_input_tokens\":1000,"
            + "\"output_tokens\":1}}";

    assertThat(reader.read(body, PROMPT).promptTokens()).isEqualTo(1110);
  }

  @Test
  void estimatesMissingCountsAsCharsOverFour() {
    String body = "{\"content\":[{\"type\":\"text\",\"text\":\"negative\"}]}";

    // Prompt: 11 characters -> ceil(11/4) = 3; reply: 8 characters -> 2.
    assertThat(reader.read(body, PROMPT)).isEqualTo(new LlmResponse("negative", 3, 2));
  }

  @Test
  void anAnswerWithoutTextIsAnEmptyAnswer() {
    String body =
        "{\"type\":\"message\",\"content\":[],\"stop_reason\":\"refusal\","
            + "\"usage\":{\"input_tokens\":4,\"output_tokens\":0}}";

    assertThat(reader.read(body, PROMPT)).isEqualTo(new LlmResponse("", 4, 0));
  }

  @Test
  void garbageIsMalformed() {
    assertMalformed("<html>oops</html>");
    assertMalformed("");
    assertMalformed("[1, 2]");
    assertMalformed("{\"content\":\"not a list\"}");
  }

  @Test
  void answersWithoutContentAreMalformedAndNameTheError() {
    ProviderException failure =
        assertMalformed(
            "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");

    assertThat(failure.getMessage())
        .contains("anthropic", "claude-x", "no content", "overloaded_error: Overloaded");
    assertMalformed("{\"type\":\"message\",\"id\":\"msg_01\"}");
  }

  private ProviderException assertMalformed(String body) {
    ProviderException failure =
        catchThrowableOfType(ProviderException.class, () -> reader.read(body, PROMPT));
    assertThat(failure).as(body).isNotNull();
    assertThat(failure.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    assertThat(failure.kind().retryable()).isTrue();
    return failure;
  }
}
