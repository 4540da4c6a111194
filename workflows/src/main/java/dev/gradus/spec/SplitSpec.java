package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Fractions of the dataset used for training, validation (selection) and test (the final report).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SplitSpec(Double train, Double validation, Double test, Long seed) {

  static final SplitSpec DEFAULT = new SplitSpec(0.5, 0.3, 0.2, null);

  SplitSpec withSeed(long s) {
    return new SplitSpec(train, validation, test, s);
  }

  SplitSpec withDefaults(long runSeed) {
    return new SplitSpec(
        train == null ? DEFAULT.train : train,
        validation == null ? DEFAULT.validation : validation,
        test == null ? DEFAULT.test : test,
        seed == null ? runSeed : seed);
  }
}
