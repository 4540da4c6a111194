package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A search context whose optimizer is a function of the meta-prompt and whose target scores each
 * train example by a function of the instruction and the example's index, recording every request
 * and counting calls against an optional call budget.
 */
final class FakeContext implements SearchContext {

  /** Train examples the fake dataset holds: question i, answer i. */
  static final int TRAIN = 100;

  final List<String> prompts = new ArrayList<>();

  /** The instructions of every trial asked for, one list per {@code tryOnTrain} call. */
  final List<List<String>> trials = new ArrayList<>();

  /** Provider calls granted so far: optimizer samples and target answers. */
  long calls;

  /** Calls the fake budget grants in all; optimizer batches are cut, trials are all or nothing. */
  long callLimit = Long.MAX_VALUE;

  /** The target's score of instruction on train example i; 0 unless a test says otherwise. */
  BiFunction<String, Integer, Double> trainScore = (instruction, index) -> 0.0;

  private final Function<String, List<String>> optimizer;
  private final Random random = new Random(1);
  private int ids;

  FakeContext(Function<String, List<String>> optimizer) {
    this.optimizer = optimizer;
  }

  @Override
  public Random random() {
    return random;
  }

  /** What {@link #taskDescription()} answers. */
  String description = "Solve the task.";

  @Override
  public String taskDescription() {
    return description;
  }

  @Override
  public List<Example> sampleTrainExamples(int count) {
    return IntStream.range(0, count).mapToObj(FakeContext::example).toList();
  }

  @Override
  public List<String> askOptimizer(List<ChatMessage> messages, int samples) {
    String prompt = messages.get(0).content();
    int granted = (int) Math.min(samples, callLimit - calls);
    if (granted <= 0) {
      return List.of();
    }
    calls += granted;
    prompts.add(prompt);
    List<String> replies = optimizer.apply(prompt);
    return replies.subList(0, Math.min(granted, replies.size()));
  }

  @Override
  public List<Trial> tryOnTrain(List<Candidate> candidates, int count) {
    List<Integer> pool = new ArrayList<>(IntStream.range(0, TRAIN).boxed().toList());
    java.util.Collections.shuffle(pool, random);
    List<Integer> indices = pool.subList(0, Math.min(count, TRAIN));
    trials.add(candidates.stream().map(Candidate::instruction).toList());
    List<Trial> out = new ArrayList<>();
    for (Candidate c : candidates) {
      List<ExampleOutcome> outcomes = new ArrayList<>();
      if (calls + indices.size() <= callLimit) {
        calls += indices.size();
        for (int i : indices) {
          double score = trainScore.apply(c.instruction(), i);
          outcomes.add(
              score >= 1.0
                  ? new ExampleOutcome(i, null, null, score, null)
                  : new ExampleOutcome(i, example(i), "wrong " + i, score, "expected answer " + i));
        }
      }
      out.add(new Trial(c, outcomes));
    }
    return out;
  }

  @Override
  public String newCandidateId() {
    return "n" + ids++;
  }

  static Example example(int i) {
    return new Example("e" + i, "question " + i, "answer " + i);
  }

  static Candidate scored(String id, String instruction, double score) {
    return Candidate.proposed(id, instruction, List.of(), "test", null, 0)
        .withScore(score, 10, null, null);
  }
}
