package dev.gradus.search;

import java.util.List;

/**
 * One candidate tried on some train examples, as {@link SearchContext#tryOnTrain} returns it.
 *
 * @param outcomes one per example answered, in the order asked; empty when the budget could not pay
 *     for the whole trial, shorter than asked when the run was cancelled mid-way
 */
public record Trial(Candidate candidate, List<ExampleOutcome> outcomes) {

  public Trial {
    outcomes = List.copyOf(outcomes);
  }

  public boolean empty() {
    return outcomes.isEmpty();
  }

  public double sum() {
    return outcomes.stream().mapToDouble(ExampleOutcome::score).sum();
  }

  public List<ExampleOutcome> errors() {
    return outcomes.stream().filter(ExampleOutcome::wrong).toList();
  }
}
