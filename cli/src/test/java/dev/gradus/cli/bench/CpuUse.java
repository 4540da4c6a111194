package dev.gradus.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * CPU time used so far by the worker process, by this JVM (the fake server, the Temporal test
 * server and the benchmark) and by the whole machine, so that two readings tell where a measurement
 * window's CPU went. On a 2-core machine the three compete for the same cores.
 *
 * @param workerNanos the worker's CPU time, or -1 where the platform does not tell
 * @param benchNanos this JVM's CPU time
 * @param machineBusyTicks the machine's non-idle time from {@code /proc/stat}, or -1 without it
 * @param machineTicks the machine's total time from {@code /proc/stat}, or -1 without it
 */
record CpuUse(long workerNanos, long benchNanos, long machineBusyTicks, long machineTicks) {

  static CpuUse now(Process worker) {
    long workerNanos =
        worker.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long[] machine = procStat();
    return new CpuUse(workerNanos, os.getProcessCpuTime(), machine[0], machine[1]);
  }

  /** The worker's CPU time since {@code before}, in cores (1.0 = one core all the time). */
  double workerCores(CpuUse before, long wallNanos) {
    return workerNanos < 0 ? Double.NaN : (workerNanos - before.workerNanos) / (double) wallNanos;
  }

  /** This JVM's CPU time since {@code before}, in cores. */
  double benchCores(CpuUse before, long wallNanos) {
    return (benchNanos - before.benchNanos) / (double) wallNanos;
  }

  /** How busy all the machine's cores were since {@code before}, from 0 to 1. */
  double machineBusy(CpuUse before) {
    long total = machineTicks - before.machineTicks;
    return machineTicks < 0 || total <= 0
        ? Double.NaN
        : (machineBusyTicks - before.machineBusyTicks) / (double) total;
  }

  /** Busy and total ticks of all cores: the first line of /proc/stat; idle and iowait are idle. */
  private static long[] procStat() {
    try {
      String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
      long[] ticks =
          Arrays.stream(cpu.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
      // user nice system idle iowait irq softirq steal guest guest_nice; guests are in user.
      long total = Arrays.stream(ticks).limit(8).sum();
      return new long[] {total - ticks[3] - ticks[4], total};
    } catch (IOException | RuntimeException e) {
      return new long[] {-1, -1};
    }
  }
}
