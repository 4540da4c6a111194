package dev.gradus.workflow;

import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecReader;

/** Run specs for workflow tests, written as users write them. */
public final class Specs {

  private Specs() {}

  public static RunSpec opro(int generations, String extraBudget, String extraTop) {
    return opro(generations, 2, extraBudget, extraTop);
  }

  public static RunSpec opro(int generations, int proposals, String extraBudget, String extraTop) {
    return SpecReader.parse(
        """
        name: toy
        task:
          dataset: { simulated: toy }
          template: "{{instruction}} {{input}}"
        seedPrompt: "Solve it."
        models:
          target: { provider: sim }
          optimizer: { provider: sim, temperature: 1.0 }
        strategy: { type: opro, proposals: %d }
        budget: { generations: %d %s }
        seed: 7
        %s
        """
            .formatted(proposals, generations, extraBudget, extraTop));
  }
}
