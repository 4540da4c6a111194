package dev.gradus.worker.fake;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Which fault, if any, the next request gets: first the queued faults in order, then, once the
 * queue is empty, a seeded random draw. Given the same seed and the same request order, the same
 * requests fail, so a flaky-provider test is reproducible.
 */
final class FaultScript {

  private final Deque<FakeFault> queue = new ArrayDeque<>();
  private Random random;
  private double probability;
  private List<FakeFault> randomFaults = List.of();

  synchronized void enqueue(FakeFault... faults) {
    queue.addAll(Arrays.asList(faults));
  }

  synchronized void randomly(long seed, double probability, FakeFault... faults) {
    if (probability < 0 || probability > 1 || (probability > 0 && faults.length == 0)) {
      throw new IllegalArgumentException("need 0 <= probability <= 1 and at least one fault");
    }
    this.random = new Random(seed);
    this.probability = probability;
    this.randomFaults = List.of(faults);
  }

  /** The fault for the next request, or null when it should be answered normally. */
  synchronized FakeFault next() {
    if (!queue.isEmpty()) {
      return queue.poll();
    }
    if (random == null || probability == 0) {
      return null;
    }
    // Two draws per request whatever the outcome, so one request's luck never shifts the next's.
    boolean fails = random.nextDouble() < probability;
    FakeFault fault = randomFaults.get(random.nextInt(randomFaults.size()));
    return fails ? fault : null;
  }

  synchronized int pending() {
    return queue.size();
  }

  synchronized void clear() {
    queue.clear();
    random = null;
    probability = 0;
    randomFaults = List.of();
  }
}
