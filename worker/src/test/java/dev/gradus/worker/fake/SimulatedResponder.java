package dev.gradus.worker.fake;

import dev.gradus.activities.sim.SimulatedLlm;
import dev.gradus.search.ChatMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The simulated LLM behind a fake server, so that runs through a real provider behave as with the
 * {@code sim} provider: the optimizer model ({@value #OPTIMIZER} unless named) proposes
 * instructions, any other model answers as the target at temperature 0. A server does not see which
 * sample of a conversation it is asked for, so at a temperature above 0 each optimizer request
 * counts as the next sample: several samples of one step give distinct proposals, in the order they
 * are served. A failed request never reaches the responder, so the n-th proposal served is the same
 * with or without faults.
 */
public final class SimulatedResponder implements ChatResponder {

  /** The model name that gets proposals; specs name it as their optimizer. */
  public static final String OPTIMIZER = "sim-optimizer";

  private final SimulatedLlm sim = new SimulatedLlm();
  private final String optimizer;
  private final double optimizerTemperature;
  private final AtomicInteger samples = new AtomicInteger();

  /** Proposals at temperature 1, a new draw per request. */
  public SimulatedResponder() {
    this(1.0);
  }

  /**
   * @param optimizerTemperature 0 for the same proposal to the same meta-prompt every time
   */
  public SimulatedResponder(double optimizerTemperature) {
    this(OPTIMIZER, optimizerTemperature);
  }

  /**
   * @param optimizer the model name that gets proposals, e.g. a Claude model's
   * @param optimizerTemperature 0 for the same proposal to the same meta-prompt every time
   */
  public SimulatedResponder(String optimizer, double optimizerTemperature) {
    this.optimizer = optimizer;
    this.optimizerTemperature = optimizerTemperature;
  }

  @Override
  public String reply(String model, List<ChatMessage> messages) {
    String prompt = messages.stream().map(ChatMessage::content).collect(Collectors.joining("\n\n"));
    if (!model.equals(optimizer)) {
      return sim.answer(prompt, 0.0, 0);
    }
    int sample = optimizerTemperature == 0 ? 0 : samples.getAndIncrement();
    return sim.propose(prompt, optimizerTemperature, sample);
  }
}
