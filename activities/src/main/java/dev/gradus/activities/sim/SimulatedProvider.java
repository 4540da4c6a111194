package dev.gradus.activities.sim;

import dev.gradus.activities.llm.LlmProvider;
import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.activities.llm.LlmResponse;
import dev.gradus.activities.llm.ProviderException;
import dev.gradus.search.ChatMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;

/**
 * The {@code sim} provider: the {@link SimulatedLlm}, a simulation, behind the provider interface.
 * The request's role picks the simulated model: {@code target} answers prompts, {@code optimizer}
 * proposes instructions, {@code judge} grades answers. It never fails transiently, so runs against
 * it test the search, not retries. Usable as a CDI bean or as a plain object.
 */
@ApplicationScoped
public class SimulatedProvider implements LlmProvider {

  public static final String NAME = "sim";

  private final SimulatedLlm llm;

  public SimulatedProvider() {
    this(new SimulatedLlm());
  }

  public SimulatedProvider(SimulatedLlm llm) {
    this.llm = llm;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LlmResponse complete(LlmRequest request) {
    String prompt =
        request.messages().stream().map(ChatMessage::content).collect(Collectors.joining("\n\n"));
    double temperature = request.model() == null ? 0.0 : request.model().temperatureOrDefault();
    String reply =
        switch (request.role() == null ? "" : request.role()) {
          case "target" -> llm.answer(prompt, temperature, request.sample());
          case "optimizer" -> llm.propose(prompt, temperature, request.sample());
          case "judge" -> llm.judge(prompt, temperature, request.sample());
          default ->
              throw new ProviderException(
                  ProviderException.Kind.CONFIG,
                  "provider sim simulates only the target, optimizer and judge roles, not '"
                      + request.role()
                      + "'");
        };
    return new LlmResponse(reply, estimatedTokens(prompt), estimatedTokens(reply));
  }

  /** About four characters a token, as for English text with common tokenizers. */
  static long estimatedTokens(String text) {
    return (text.length() + 3) / 4;
  }
}
