package dev.gradus.activities.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.activities.llm.ProviderException.Kind;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesRequestTest {

  private static final ModelSpec CLAUDE = new ModelSpec("anthropic", "claude-x", 0.2, 300);

  private final AnthropicFailures failures = new AnthropicFailures("claude-x", "localhost", null);

  @Test
  void liftsSystemMessagesOutOfTheTurns() {
    MessagesRequest request =
        MessagesRequest.of(
            CLAUDE,
            List.of(
                ChatMessage.system("You grade answers."),
                ChatMessage.user("Q"),
                new ChatMessage("assistant", "A"),
                ChatMessage.system("Be strict."),
                ChatMessage.user("Grade it.")),
            failures);

    assertThat(request.system()).isEqualTo("You grade answers.\n\nBe strict.");
    assertThat(request.messages())
        .containsExactly(
            new MessagesRequest.Message("user", "Q"),
            new MessagesRequest.Message("assistant", "A"),
            new MessagesRequest.Message("user", "Grade it."));
    assertThat(request.model()).isEqualTo("claude-x");
    assertThat(request.maxTokens()).isEqualTo(300);
    assertThat(request.temperature()).isEqualTo(0.2);
  }

  @Test
  void defaultsMaxTokensAndLeavesOutWhatIsUnset() throws Exception {
    MessagesRequest request =
        MessagesRequest.of(
            new ModelSpec("anthropic", "claude-x", null, null),
            List.of(ChatMessage.user("hi")),
            failures);

    assertThat(new ObjectMapper().writeValueAsString(request))
        .isEqualTo(
            "{\"model\":\"claude-x\",\"max_tokens\":1024,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
  }

  @Test
  void refusesConversationsTheApiCannotTake() {
    ProviderException noTurns =
        catchThrowableOfType(
            ProviderException.class,
            () -> MessagesRequest.of(CLAUDE, List.of(ChatMessage.system("alone")), failures));
    ProviderException otherRole =
        catchThrowableOfType(
            ProviderException.class,
            () -> MessagesRequest.of(CLAUDE, List.of(new ChatMessage("tool", "{}")), failures));

    assertThat(noTurns.kind()).isEqualTo(Kind.REJECTED);
    assertThat(noTurns.getMessage()).contains("anthropic model 'claude-x'", "user or assistant");
    assertThat(otherRole.kind()).isEqualTo(Kind.REJECTED);
    assertThat(otherRole.getMessage()).contains("\"tool\"");
  }
}
