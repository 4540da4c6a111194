package dev.gradus.activities.sim;

import java.util.SplittableRandom;

/**
 * Random sources seeded by a hash of a call's inputs, so that the same request always gets the same
 * reply, on any JVM, with no state kept between calls.
 */
final class Seeds {

  private Seeds() {}

  /**
   * The random source of one reply: at temperature 0 it depends only on {@code parts} (the prompt,
   * and what distinguishes the simulated model), so the same prompt gets the same reply; above it,
   * also on the temperature and the sample index, so samples differ.
   */
  static SplittableRandom forReply(double temperature, int sample, String... parts) {
    if (temperature <= 0) {
      return randomFor(parts);
    }
    String[] all = java.util.Arrays.copyOf(parts, parts.length + 2);
    all[parts.length] = "temperature " + temperature;
    all[parts.length + 1] = "sample " + sample;
    return randomFor(all);
  }

  static SplittableRandom randomFor(String... parts) {
    long hash = 0xcbf29ce484222325L; // 64-bit FNV-1a: stable across JVMs and runs
    for (String part : parts) {
      for (int i = 0; i < part.length(); i++) {
        hash ^= part.charAt(i);
        hash *= 0x100000001b3L;
      }
      hash ^= 0xff; // separates ("ab", "c") from ("a", "bc")
      hash *= 0x100000001b3L;
    }
    return new SplittableRandom(hash);
  }
}
