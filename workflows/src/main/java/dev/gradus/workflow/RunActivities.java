package dev.gradus.workflow;

import io.temporal.workflow.Workflow;

/**
 * The activity stubs of one run (or schedule), each with its own timeouts and retry policy. Create
 * it in workflow code only.
 */
public final class RunActivities {

  public final DatasetActivities datasets =
      Workflow.newActivityStub(DatasetActivities.class, ActivityPolicies.datasets());
  public final LlmActivities llm =
      Workflow.newActivityStub(LlmActivities.class, ActivityPolicies.completions());
  public final EvaluationActivities evaluations =
      Workflow.newActivityStub(EvaluationActivities.class, ActivityPolicies.evaluations());
  public final ResultsActivities results =
      Workflow.newActivityStub(ResultsActivities.class, ActivityPolicies.results());
}
