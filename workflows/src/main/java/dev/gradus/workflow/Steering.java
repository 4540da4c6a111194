package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.InstructionKey;
import dev.gradus.spec.BudgetSpec;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecError;
import dev.gradus.spec.SpecReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What people change in a running run: candidates they inject (scored in the next generation,
 * recorded in the lineage as human edits) and budget changes. Validation throws
 * IllegalArgumentException with a message naming the field, which rejects the update before it
 * enters history.
 */
final class Steering {

  /** As long as the longest instruction an optimizer proposal may have. */
  static final int MAX_INSTRUCTION_LENGTH = 2000;

  private final List<Candidate> pending = new ArrayList<>();
  private int humanEdits;

  void restore(RunState state) {
    pending.clear();
    pending.addAll(state.injected());
    humanEdits = state.humanEdits();
  }

  void validateInjection(String instruction, String seedPrompt, RunState state) {
    if (instruction == null || instruction.isBlank()) {
      throw new IllegalArgumentException("instruction: must not be empty");
    }
    if (instruction.strip().length() > MAX_INSTRUCTION_LENGTH) {
      throw new IllegalArgumentException(
          "instruction: must be at most " + MAX_INSTRUCTION_LENGTH + " characters");
    }
    String key = InstructionKey.of(instruction.strip());
    boolean seen =
        state != null
            ? state.seen().contains(key)
            : seedPrompt != null && InstructionKey.of(seedPrompt).equals(key);
    if (seen || pending.stream().anyMatch(c -> InstructionKey.of(c.instruction()).equals(key))) {
      throw new IllegalArgumentException("instruction: this run has already scored or queued it");
    }
  }

  /** Queues the instruction for the next generation and returns its candidate id. */
  String inject(String instruction, int generation) {
    String id = "h" + ++humanEdits;
    pending.add(
        Candidate.proposed(
            id, instruction.strip(), List.of(), "human", "injected by a person", generation));
    return id;
  }

  /** The injected candidates not yet evaluated, handed over once. */
  List<Candidate> drain() {
    List<Candidate> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  List<Candidate> pending() {
    return List.copyOf(pending);
  }

  int humanEdits() {
    return humanEdits;
  }

  /** The budget after {@code change}, or an exception naming every problem with it. */
  static BudgetSpec changedBudget(RunSpec spec, BudgetSpec change, long committedCalls) {
    if (change == null) {
      throw new IllegalArgumentException("budget: a change is required");
    }
    BudgetSpec merged = spec.budget().merge(change);
    List<SpecError> errors = new ArrayList<>(SpecReader.validate(spec.withBudget(merged)));
    if (merged.maxCalls() != null && merged.maxCalls() < committedCalls) {
      errors.add(
          new SpecError(
              "budget.maxCalls",
              "must be >= "
                  + committedCalls
                  + ": calls already spent, in flight, or held back for the final test scores"));
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          errors.stream().map(SpecError::toString).collect(Collectors.joining("; ")));
    }
    return merged;
  }
}
