package dev.gradus.cli.bench;

import java.io.PrintStream;

/**
 * What one worker achieved with {@code slots} activity slots during a steady window.
 *
 * @param calls completions the fake server served during the window
 * @param windowNanos the window's wall time
 * @param latencyMillis the fake server's latency per completion
 * @param meanInFlight requests in flight at the server, averaged over the window's samples
 * @param peakInFlight the most requests in flight in one sample of the window
 * @param errors requests that the server answered with an error, from the worker's start to its end
 * @param workerWarnings lines at WARN or ERROR in the worker's log, from its first call to its end
 * @param runsOpen runs still open at the end of the window, out of {@code runs}
 * @param workerCores the worker's CPU use during the window, in cores
 * @param benchCores the benchmark JVM's CPU use (fake server, Temporal server), in cores
 * @param machineBusy how busy the machine's cores were, from 0 to 1, other jobs included
 */
record ThroughputResult(
    int slots,
    int runs,
    long calls,
    long windowNanos,
    long latencyMillis,
    double meanInFlight,
    int peakInFlight,
    long errors,
    long workerWarnings,
    int runsOpen,
    double workerCores,
    double benchCores,
    double machineBusy) {

  double callsPerSecond() {
    return calls / (windowNanos / 1e9);
  }

  /** What N slots achieve if every slot always waits on a call: N per latency. */
  double ideal() {
    return slots * 1000.0 / latencyMillis;
  }

  double ratio() {
    return callsPerSecond() / ideal();
  }

  /** Whether the slots stayed busy: no run ended early and the server answered every request. */
  boolean valid() {
    return runsOpen == runs && errors == 0 && calls > 0;
  }

  static void printHeader(PrintStream out) {
    out.printf(
        "%5s %5s %7s %6s %9s %9s %8s %11s %5s %7s %7s %8s%n",
        "slots",
        "runs",
        "calls",
        "s",
        "calls/s",
        "ideal/s",
        "ratio",
        "inflight av",
        "peak",
        "worker",
        "bench",
        "machine");
  }

  void print(PrintStream out) {
    out.printf(
        "%5d %5d %7d %6.1f %9.1f %9.1f %7.1f%% %11.1f %5d %7.2f %7.2f %7.0f%%%n",
        slots,
        runs,
        calls,
        windowNanos / 1e9,
        callsPerSecond(),
        ideal(),
        100 * ratio(),
        meanInFlight,
        peakInFlight,
        workerCores,
        benchCores,
        100 * machineBusy);
  }
}
