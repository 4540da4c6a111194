package dev.gradus.workflow;

import io.temporal.workflow.Workflow;

/** The activity stubs of one run, each with its own timeouts and retry policy. */
final class RunActivities {

  final DatasetActivities datasets =
      Workflow.newActivityStub(DatasetActivities.class, ActivityPolicies.datasets());
  final LlmActivities llm =
      Workflow.newActivityStub(LlmActivities.class, ActivityPolicies.completions());
  final EvaluationActivities evaluations =
      Workflow.newActivityStub(EvaluationActivities.class, ActivityPolicies.evaluations());
}
