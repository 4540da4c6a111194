package dev.gradus.workflow;

import dev.gradus.search.Example;
import dev.gradus.spec.TaskSpec;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/** Loading and splitting datasets on the workers, so that examples travel by reference. */
@ActivityInterface
public interface DatasetActivities {

  /**
   * Loads and splits the task's dataset and checks that the template's placeholders exist in it.
   * Fails with the non-retryable {@link ErrorType#INVALID_DATASET}, naming the file and line, when
   * the data cannot be used.
   */
  @ActivityMethod(name = "PrepareDataset")
  DatasetHandle prepare(TaskSpec task);

  /** The examples at {@code indices} of one split, for meta-prompts; small batches only. */
  @ActivityMethod(name = "FetchExamples")
  List<Example> examples(DatasetHandle dataset, Split split, List<Integer> indices);
}
