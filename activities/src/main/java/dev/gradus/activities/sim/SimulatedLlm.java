package dev.gradus.activities.sim;

import java.util.List;
import java.util.Optional;

/**
 * A simulated LLM, for offline demos, tests and benchmarks. It is a simulation: it understands no
 * language, knows only its own {@linkplain SimulatedTasks tasks}, and answers anything else with a
 * plausible non-answer such as "I am not sure.".
 *
 * <h2>Why it exists</h2>
 *
 * Prompt optimizers need a model to call. This one is free, offline and deterministic, and it gives
 * optimizers a landscape to climb rather than a lookup table: instructions that say more of what a
 * task needs score higher, and feedback-driven search climbs faster than blind mutation, as it does
 * with real models.
 *
 * <h2>How the target model answers</h2>
 *
 * Each simulated task has hidden {@link Requirement}s, such as "answer with one lowercase word" or
 * "handle negation", and each generated example needs some of them. The target finds the example a
 * prompt asks about by its input text (the last known input in the prompt, since few-shot
 * demonstrations come first), and takes the rest of the prompt as the instruction. For every
 * requirement the example needs, if the instruction expresses it (judged on meaning, by word stems
 * of cue phrases), the answer stays right except for small noise; if not, the target makes the
 * requirement's literal-minded mistake with high probability: "The sentiment is positive.", the
 * label of the first clause of a "good, but bad" review, a dropped minus sign, the last of two
 * cities. Without the core task, answers are off-task. Harmful sentences ("Explain your reasoning
 * step by step.") damage exact answers; filler changes nothing.
 *
 * <h2>How the optimizer model proposes</h2>
 *
 * It reads the meta-prompt's {@code <INS>} instructions and their scores, {@code Input:}/{@code
 * Output:} examples, {@code Input:}/{@code Expected:}/{@code Got:} errors and {@code Feedback:} or
 * {@code Critique:} text. Starting from the best instruction shown, it adds a missing requirement
 * with a probability that grows with the evidence (errors and critique most, then examples, then
 * scores alone), choosing the requirement the evidence points to; otherwise it recombines the two
 * best instructions, paraphrases, reorders, pads, drops a sentence, or adds a harmful one. With no
 * instruction shown it induces a first one from the examples. Asked for reasons why a prompt got
 * the examples shown wrong (ProTeGi's "gradient"), it writes critiques that name a missing
 * requirement as likely as the evidence makes it, the one the errors point to, and vague ones
 * otherwise; an edit that shows such a critique adds what it names most reliably.
 *
 * <h2>How the judge grades</h2>
 *
 * Asked with one of Gradus' judge prompts (role {@code judge}), it reads the answer and the
 * reference out of the prompt and grades by whether the answer is the reference, contains it among
 * other words, or misses it, with some spread; pairwise, it prefers the better answer and, between
 * equals, often names answer A. A few of its replies are unusable (a refusal, a grade off the
 * scale), as real judges' are. See {@link SimulatedJudge}.
 *
 * <h2>Determinism</h2>
 *
 * Every random choice is seeded by a hash of the call's inputs: at temperature 0 the target's reply
 * depends only on the prompt; above it, also on the sample index and temperature. The optimizer's
 * draw always depends on the sample index, so several samples give several proposals. The object
 * holds no mutable state and is safe to share between threads.
 */
public final class SimulatedLlm {

  private final SimulatedTarget target;
  private final SimulatedOptimizer optimizer;
  private final SimulatedJudge judge;

  public SimulatedLlm() {
    this(SimulatedTasks.all());
  }

  SimulatedLlm(List<SimulatedTask> tasks) {
    TaskIndex index = new TaskIndex(tasks);
    this.target = new SimulatedTarget(index);
    this.optimizer = new SimulatedOptimizer(index);
    this.judge = new SimulatedJudge(index);
  }

  /** The target model's reply to a rendered prompt: instruction, demonstrations and query input. */
  public String answer(String prompt, double temperature, int sample) {
    return target.answer(prompt, temperature, sample);
  }

  /** The optimizer model's reply to a meta-prompt: a new instruction between {@code <INS>} tags. */
  public String propose(String metaPrompt, double temperature, int sample) {
    return optimizer.propose(metaPrompt, temperature, sample);
  }

  /**
   * A judge's reply to one of Gradus' judge prompts: reasons, then {@code Score: N} or {@code
   * Winner: A|B|tie}, sometimes in another format and now and then unusable, as real judges reply.
   */
  public String judge(String judgePrompt, double temperature, int sample) {
    return judge.judge(judgePrompt, temperature, sample);
  }

  /** The instruction that expresses every requirement of the task, or empty for an unknown task. */
  public static Optional<String> idealInstruction(String task) {
    return SimulatedTasks.byName(task).map(SimulatedTask::idealInstruction);
  }
}
