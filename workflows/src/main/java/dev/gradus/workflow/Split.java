package dev.gradus.workflow;

/** The three parts of a dataset: train feeds the optimizer, validation selects, test reports. */
public enum Split {
  TRAIN,
  VALIDATION,
  TEST
}
