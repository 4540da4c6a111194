package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.cli.bench.ScaleOutRig;
import dev.gradus.cli.bench.ScaleOutRig.Histories;
import dev.gradus.cli.bench.ScaleOutRig.Worker;
import dev.gradus.workflow.RunReport;
import dev.gradus.workflow.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out with real processes: six runs at once on three packaged worker JVMs, against local
 * OpenAI-compatible servers (one per worker, one simulated LLM behind them) that take 100 ms per
 * completion and count what reaches them, under a provider-wide concurrency limit that is more than
 * two workers' slots and less than three's. One worker is killed with SIGKILL once about a third of
 * the calls are served. Every run completes; the runs' histories show that all three workers
 * completed activities and the two survivors went on after the kill; the server never had more
 * requests at once than the limit; and the kill cost at most the killed worker's calls in flight.
 *
 * <p>The response cache is on, shared by the workers, as deployed: it is what makes a retried
 * evaluation skip the calls its dead attempt already paid for (heartbeats reach the server at most
 * every 16 s, 80% of the heartbeat timeout, so progress heartbeated alone would lose more). Each
 * run names its own models, so no two runs send the same request and every cache hit is a run
 * reading back a call it paid for. Hence the accounting: every call the server served is either
 * counted by a report, as a call or as a cache hit, or was in flight on the killed worker, answered
 * but never stored.
 *
 * <p>The worker killed is not the one that serves the shared H2 file to the others. Killing that
 * one also takes the cache and the limits away from the survivors until one of them serves the file
 * (about 25 s here, with calls failing as retryable and leases left to expire), and answers served
 * in that time are not cached, so a survivor's retried activity can pay for them again: with
 * PostgreSQL, as deployed across machines, no worker owns the shared database.
 * DurabilityEndToEndTest kills the owner too.
 */
class ScaleOutEndToEndTest {

  /** Activity slots per worker: at most this many of its calls are in flight. */
  private static final int SLOTS = 8;

  /**
   * More than two workers' slots: the shared limit is not fair between workers (a worker that frees
   * a slot takes it again at once, while the others look again after a backoff of up to 200 ms), so
   * with 16 the first two workers kept every slot and the third did nothing until the kill.
   */
  private static final int PROVIDER_CONCURRENT = 20;

  private static final int RUNS = 6;
  private static final int GENERATIONS = 3;

  /**
   * About a third of the runs' calls: 6 runs of 24 + 3 * (4 + 4 * 24) + 2 * 24 = 372 calls each,
   * 2,232 in all.
   */
  private static final int KILL_AFTER_SERVED = 750;

  @TempDir Path dir;

  @Test
  void sixRunsSpreadOverThreeWorkersAndLosingOneCostsOnlyItsCallsInFlight() throws Exception {
    try (ScaleOutRig rig =
        ScaleOutRig.start(WorkerProcess.REPO, dir.resolve("shared"), Duration.ofMillis(100))) {
      String limits = "openai = " + PROVIDER_CONCURRENT + " concurrent";
      // The first worker opens the shared H2 file first, so it serves it to the others (H2's
      // automatic mixed mode); the worker killed is another one (see the class comment).
      List<Worker> workers =
          new ArrayList<>(rig.startWorkers("scale-out-worker", 1, SLOTS, limits, Map.of()));
      workers.addAll(rig.startWorkers("scale-out-worker", 2, SLOTS, limits, Map.of()));
      List<String> ids = rig.startRuns("scale-out", RUNS, GENERATIONS);

      Worker killed = workers.get(2);
      awaitKillable(rig, killed);
      int killedInFlight = killed.llm().inFlight();
      Instant killedAt = Instant.now();
      ScaleOutRig.kill(killed);
      int servedAtKill = rig.served();
      // A completion the dead worker sent just before it died may still be on its way.
      Instant gone = Instant.now().plusSeconds(1);

      List<RunReport> reports = rig.awaitReports(ids, Duration.ofMinutes(3));
      Histories histories = rig.histories(ids);
      Map<String, Long> perWorker = histories.perWorker(workers);
      Map<String, Long> beforeKill =
          new Histories(
                  histories.activities().stream().filter(a -> a.at().isBefore(killedAt)).toList(),
                  histories.firstStarted(),
                  histories.lastClosed())
              .perWorker(workers);
      Map<String, Long> afterKill =
          new Histories(
                  histories.activities().stream().filter(a -> a.at().isAfter(gone)).toList(),
                  histories.firstStarted(),
                  histories.lastClosed())
              .perWorker(workers);
      long retried = histories.activities().stream().filter(a -> a.attempt() > 1).count();
      int served = rig.served();
      Map<String, Integer> callsPerWorker = new LinkedHashMap<>();
      workers.forEach(w -> callsPerWorker.put(w.name(), w.llm().completionsServed()));
      long calls = reports.stream().mapToLong(r -> r.usage().calls()).sum();
      long cacheHits = reports.stream().mapToLong(r -> r.usage().cacheHits()).sum();
      int askedAgain = rig.targetAskedAgain();
      System.out.printf(
          "scale-out: activities per worker %s, before the kill %s, after it %s, retried %d;"
              + " calls served per worker %s, %d in all (%d at the kill, %d in flight from the"
              + " killed worker); runs' calls %d + cache hits %d, unaccounted %d; target calls"
              + " asked twice %d; most requests at once %d (limit %d); %.1f s from the first start"
              + " to the last end%n",
          perWorker,
          beforeKill,
          afterKill,
          retried,
          callsPerWorker,
          served,
          servedAtKill,
          killedInFlight,
          calls,
          cacheHits,
          served - calls - cacheHits,
          askedAgain,
          rig.mostBusy(),
          PROVIDER_CONCURRENT,
          histories.makespan().toMillis() / 1000.0);

      assertThat(reports).hasSize(RUNS);
      for (RunReport r : reports) {
        assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(r.generations()).hasSize(GENERATIONS);
        assertThat(r.best().testScore()).isNotNull();
      }
      assertThat(beforeKill.values())
          .as("every worker completed activities before the kill")
          .allMatch(n -> n > 0);
      assertThat(perWorker.keySet()).as("no activity completed by an unknown worker").hasSize(3);
      assertThat(afterKill.get(killed.name())).isZero();
      assertThat(afterKill.entrySet())
          .as("both survivors went on after the kill")
          .filteredOn(e -> !e.getKey().equals(killed.name()))
          .allMatch(e -> e.getValue() > 0);
      assertThat(servedAtKill).as("the kill came midway").isLessThan(served * 2 / 3);
      assertThat(retried).as("the kill caught activities in flight").isPositive();
      assertThat(rig.mostBusy())
          .as("the provider-wide concurrency held, with more calls at once than one worker makes")
          .isLessThanOrEqualTo(PROVIDER_CONCURRENT)
          .isGreaterThan(SLOTS);
      assertThat(rig.errors()).as("requests answered with an error").isZero();
      assertThat(calls).as("every call a report counts was served").isLessThanOrEqualTo(served);
      assertThat(served - calls - cacheHits)
          .as("served calls no report accounts for: at most the killed worker's calls in flight")
          .isBetween(0L, (long) SLOTS);
      assertThat(askedAgain)
          .as("target calls paid twice: at most the killed worker's calls in flight")
          .isLessThanOrEqualTo(SLOTS);
    }
  }

  /**
   * Waits until about a third of the calls are served (midway) and the worker to kill has calls in
   * flight at the provider, so that the kill leaves answers unreceived.
   */
  private static void awaitKillable(ScaleOutRig rig, Worker victim) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (rig.served() < KILL_AFTER_SERVED || victim.llm().inFlight() == 0) {
      assertThat(System.nanoTime())
          .as("%d calls served and %s with calls in flight", KILL_AFTER_SERVED, victim.name())
          .isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
