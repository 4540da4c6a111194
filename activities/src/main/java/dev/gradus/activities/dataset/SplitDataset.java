package dev.gradus.activities.dataset;

import dev.gradus.search.Example;
import dev.gradus.workflow.Split;
import java.util.List;

/**
 * A dataset cut into train (feeds the optimizer), validation (selects candidates) and test (the
 * final report). The three lists are disjoint and together hold every example once.
 */
public record SplitDataset(List<Example> train, List<Example> validation, List<Example> test) {

  public SplitDataset {
    train = List.copyOf(train);
    validation = List.copyOf(validation);
    test = List.copyOf(test);
  }

  public List<Example> get(Split split) {
    return switch (split) {
      case TRAIN -> train;
      case VALIDATION -> validation;
      case TEST -> test;
    };
  }

  public int size() {
    return train.size() + validation.size() + test.size();
  }
}
