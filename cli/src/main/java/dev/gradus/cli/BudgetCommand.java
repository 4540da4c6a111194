package dev.gradus.cli;

import dev.gradus.spec.BudgetSpec;
import io.temporal.client.WorkflowStub;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gradus budget RUN --generations N ...}: the {@code changeBudget} update. */
@Command(
    name = "budget",
    mixinStandardHelpOptions = true,
    description = "Change a running run's remaining budget; limits not given stay as they are.")
final class BudgetCommand extends RunControlCommand {

  @Option(names = "--generations", description = "Total generations of the run.")
  private Integer generations;

  @Option(names = "--max-calls", description = "Total provider calls of the run.")
  private Long maxCalls;

  @Option(names = "--max-tokens", description = "Total tokens of the run.")
  private Long maxTokens;

  @Option(names = "--max-cost-usd", description = "Total estimated cost in USD.")
  private Double maxCostUsd;

  @Option(names = "--max-wall-time", description = "Total wall time, e.g. 90m or 2h.")
  private String maxWallTime;

  @Override
  String control(WorkflowStub run) {
    BudgetSpec change = new BudgetSpec(generations, maxCalls, maxTokens, maxCostUsd, maxWallTime);
    BudgetSpec now = run.update("changeBudget", BudgetSpec.class, change);
    return "Budget of "
        + runId
        + " is now: generations "
        + now.generations()
        + (now.maxCalls() == null ? "" : ", maxCalls " + now.maxCalls())
        + (now.maxTokens() == null ? "" : ", maxTokens " + now.maxTokens())
        + (now.maxCostUsd() == null ? "" : ", maxCostUsd " + now.maxCostUsd())
        + (now.maxWallTime() == null ? "" : ", maxWallTime " + now.maxWallTime())
        + ".";
  }
}
