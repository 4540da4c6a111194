package dev.gradus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

/** A search context whose optimizer is a function of the meta-prompt, recording every request. */
final class FakeContext implements SearchContext {

  final List<String> prompts = new ArrayList<>();
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

  @Override
  public List<Example> sampleTrainExamples(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new Example("e" + i, "question " + i, "answer " + i))
        .toList();
  }

  @Override
  public List<String> askOptimizer(List<ChatMessage> messages, int samples) {
    String prompt = messages.get(0).content();
    prompts.add(prompt);
    return optimizer.apply(prompt).subList(0, Math.min(samples, optimizer.apply(prompt).size()));
  }

  @Override
  public String newCandidateId() {
    return "n" + ids++;
  }

  static Candidate scored(String id, String instruction, double score) {
    return Candidate.proposed(id, instruction, List.of(), "test", null, 0).withScore(score, 10);
  }
}
