package dev.gradus.activities.sim;

import dev.gradus.search.Example;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A task that the simulated LLM knows: its generated examples and the hidden requirements that an
 * instruction must express for the simulated target model to answer them right.
 *
 * @param seedPrompt a weak first instruction that states the task and nothing else, as a user's
 *     first attempt does; optimizers start from it
 * @param requirements in the order the simulated target applies them, the core task first
 */
public record SimulatedTask(
    String name,
    String description,
    String seedPrompt,
    List<Requirement> requirements,
    List<SimulatedCase> cases) {

  public SimulatedTask {
    requirements = List.copyOf(requirements);
    cases = List.copyOf(cases);
  }

  public List<Example> examples() {
    return cases.stream().map(SimulatedCase::example).toList();
  }

  /** The requirement without which answers are off-task. */
  public Requirement core() {
    return requirements.get(0);
  }

  public Optional<Requirement> requirement(String id) {
    return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** An instruction that expresses every requirement: the best the simulation rewards. */
  public String idealInstruction() {
    return requirements.stream().map(r -> r.phrasings().get(0)).collect(Collectors.joining(" "));
  }
}
