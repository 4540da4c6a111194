package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.search.ChatMessage;
import dev.gradus.search.Example;
import dev.gradus.spec.ModelSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedProviderTest {

  private final SimulatedProvider provider = new SimulatedProvider();
  private final ModelSpec model = new ModelSpec("sim", "sim-1", null, null);

  @Test
  void targetRoleAnswersTheConcatenatedMessages() {
    SimulatedTask task = SimulatedTasks.byName("arithmetic").orElseThrow();
    Example e = task.examples().get(0);
    List<ChatMessage> messages =
        List.of(
            ChatMessage.system(task.idealInstruction()),
            ChatMessage.user("Input: " + e.input() + "\nOutput:"));
    LlmResponse response = provider.complete(new LlmRequest("target", model, messages, 0));
    String prompt = task.idealInstruction() + "\n\nInput: " + e.input() + "\nOutput:";
    assertThat(response.text()).isEqualTo(new SimulatedLlm().answer(prompt, 0.0, 0));
    assertThat(response.promptTokens()).isEqualTo((prompt.length() + 3) / 4);
    assertThat(response.completionTokens()).isEqualTo((response.text().length() + 3) / 4);
  }

  @Test
  void optimizerRoleProposesAnInstruction() {
    List<ChatMessage> messages =
        List.of(
            ChatMessage.user(
                "Generate a variation of this instruction.\n"
                    + "Input: <INS>Solve the problem.</INS>\n"
                    + "Output:"));
    LlmResponse response = provider.complete(new LlmRequest("optimizer", model, messages, 2));
    assertThat(response.text()).contains("<INS>");
  }

  @Test
  void otherRolesAreAConfigurationError() {
    LlmRequest judge =
        new LlmRequest("critic", model, List.of(ChatMessage.user("Is this right?")), 0);
    assertThatThrownBy(() -> provider.complete(judge))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProviderException.Kind.CONFIG);
              assertThat(e.kind().retryable()).isFalse();
            });
  }

  @Test
  void isNamedSimAndUsableAsACdiBean() throws Exception {
    assertThat(provider.name()).isEqualTo("sim");
    assertThat(SimulatedProvider.class.isAnnotationPresent(ApplicationScoped.class)).isTrue();
    assertThat(SimulatedProvider.class.getConstructor().newInstance().name()).isEqualTo("sim");
  }

  @Test
  void concurrentCallsGetTheSameRepliesAsSequentialOnes() {
    SimulatedTask task = SimulatedTasks.byName("extraction").orElseThrow();
    List<LlmRequest> requests =
        task.examples().stream()
            .map(e -> ChatMessage.user(Accuracy.prompt(task.seedPrompt(), e)))
            .map(m -> new LlmRequest("target", model, List.of(m), 0))
            .toList();
    List<String> sequential = requests.stream().map(r -> provider.complete(r).text()).toList();
    List<String> parallel =
        requests.parallelStream().map(r -> provider.complete(r).text()).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void tokenEstimatesRoundUp() {
    assertThat(SimulatedProvider.estimatedTokens("")).isZero();
    assertThat(SimulatedProvider.estimatedTokens("abcde")).isEqualTo(2);
    assertThat(SimulatedProvider.estimatedTokens("abcdefgh")).isEqualTo(2);
  }
}
