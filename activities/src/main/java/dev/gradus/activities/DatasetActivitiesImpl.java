package dev.gradus.activities;

import dev.gradus.activities.dataset.DatasetContent;
import dev.gradus.activities.dataset.DatasetException;
import dev.gradus.activities.dataset.SplitDataset;
import dev.gradus.activities.prompt.PromptTemplate;
import dev.gradus.activities.prompt.UnfilledPlaceholder;
import dev.gradus.search.Example;
import dev.gradus.spec.TaskSpec;
import dev.gradus.workflow.DatasetActivities;
import dev.gradus.workflow.DatasetHandle;
import dev.gradus.workflow.ErrorType;
import dev.gradus.workflow.Split;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Loads, splits and checks datasets on the worker, so examples never travel in workflow payloads.
 */
@ApplicationScoped
public class DatasetActivitiesImpl implements DatasetActivities {

  @Inject DatasetSource source;

  @Override
  public DatasetHandle prepare(TaskSpec task) {
    try {
      DatasetContent content = source.content(task.dataset());
      SplitDataset split = source.split(content, task.split());
      List<UnfilledPlaceholder> unfilled =
          new PromptTemplate(task.template()).unfilled(content.examples());
      if (!unfilled.isEmpty()) {
        throw new DatasetException(content.source(), unfilled.get(0).message());
      }
      return new DatasetHandle(
          task.dataset(),
          task.split(),
          content.fingerprint(),
          split.train().size(),
          split.validation().size(),
          split.test().size());
    } catch (DatasetException e) {
      throw invalid(e);
    } catch (IllegalArgumentException e) {
      // The template or split options are unusable; the spec validator catches most of these first.
      throw ApplicationFailure.newNonRetryableFailure(
          e.getMessage(), ErrorType.INVALID_SPEC.name());
    }
  }

  @Override
  public List<Example> examples(DatasetHandle dataset, Split split, List<Integer> indices) {
    try {
      List<Example> all = source.split(dataset).get(split);
      return indices.stream().map(all::get).toList();
    } catch (DatasetException e) {
      throw invalid(e);
    }
  }

  static ApplicationFailure invalid(DatasetException e) {
    return ApplicationFailure.newNonRetryableFailure(
        e.getMessage(), ErrorType.INVALID_DATASET.name());
  }
}
