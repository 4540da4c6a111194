package dev.gradus.activities.dataset;

import dev.gradus.search.Example;
import dev.gradus.spec.SplitSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Cuts a dataset into train, validation and test: a seeded shuffle, then consecutive slices whose
 * sizes follow the fractions. The result depends only on the examples' order, the fractions and the
 * seed, so every worker computes the same split and indices into it mean the same example.
 */
public final class DatasetSplitter {

  private static final String[] NAMES = {"train", "validation", "test"};

  private DatasetSplitter() {}

  /** Splits examples that have no file to name in messages. */
  public static SplitDataset split(List<Example> examples, SplitSpec spec) {
    return split("dataset", examples, spec);
  }

  /**
   * @param source the file or name that messages refer to
   * @throws DatasetException when a split with a non-zero fraction would get no example
   * @throws IllegalArgumentException when the fractions or the seed are missing or negative
   */
  public static SplitDataset split(String source, List<Example> examples, SplitSpec spec) {
    int[] counts = counts(source, examples.size(), fractions(spec));
    List<Example> shuffled = shuffle(examples, spec.seed());
    int trainEnd = counts[0];
    int validationEnd = trainEnd + counts[1];
    return new SplitDataset(
        shuffled.subList(0, trainEnd),
        shuffled.subList(trainEnd, validationEnd),
        shuffled.subList(validationEnd, shuffled.size()));
  }

  /**
   * Sizes by the largest-remainder method: each split gets the floor of its share and the examples
   * left over go to the largest fractional parts (ties to the earlier split), so counts always sum
   * to the total. Fractions are read relative to their sum, so 0.5/0.3/0.2 and 5/3/2 agree.
   */
  static int[] counts(String source, int total, double[] fractions) {
    if (total == 0) {
      throw new DatasetException(source, "no examples to split");
    }
    double sum = fractions[0] + fractions[1] + fractions[2];
    int[] counts = new int[3];
    double[] remainders = new double[3];
    int assigned = 0;
    for (int i = 0; i < 3; i++) {
      double share = total * fractions[i] / sum;
      counts[i] = (int) Math.floor(share);
      remainders[i] = share - counts[i];
      assigned += counts[i];
    }
    for (int left = total - assigned; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < 3; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainders[best] = -1;
    }
    for (int i = 0; i < 3; i++) {
      if (fractions[i] > 0 && counts[i] == 0) {
        throw new DatasetException(
            source,
            "split \"%s\" would be empty: %d examples x %s < 1; add examples or change task.split"
                .formatted(NAMES[i], total, plain(fractions[i] / sum)));
      }
    }
    return counts;
  }

  /** Fisher-Yates written out, so the order does not depend on the JDK's shuffle implementation. */
  private static List<Example> shuffle(List<Example> examples, long seed) {
    List<Example> shuffled = new ArrayList<>(examples);
    Random random = new Random(seed);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Example swap = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, swap);
    }
    return shuffled;
  }

  private static double[] fractions(SplitSpec spec) {
    Double[] given = {spec.train(), spec.validation(), spec.test()};
    double[] fractions = new double[3];
    for (int i = 0; i < 3; i++) {
      if (given[i] == null || given[i] < 0 || given[i].isNaN() || given[i].isInfinite()) {
        throw new IllegalArgumentException(
            "task.split." + NAMES[i] + ": must be a number >= 0, got " + given[i]);
      }
      fractions[i] = given[i];
    }
    if (fractions[0] + fractions[1] + fractions[2] <= 0) {
      throw new IllegalArgumentException("task.split: at least one fraction must be > 0");
    }
    if (spec.seed() == null) {
      throw new IllegalArgumentException("task.split.seed: must be set before splitting");
    }
    return fractions;
  }

  /** 0.2 rather than 0.20000000000000001, in the message a user reads. */
  private static String plain(double value) {
    return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
