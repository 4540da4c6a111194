package dev.gradus.search;

import java.util.Locale;

/**
 * A short fingerprint of an instruction's wording, blind to case, spacing and final punctuation, so
 * that a proposal that only reformats an earlier one is recognised as a duplicate and not paid for.
 */
public final class InstructionKey {

  private InstructionKey() {}

  public static String of(String instruction) {
    String normal =
        instruction
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .replaceAll("[\\s.!]+$", "")
            .strip();
    long hash =
        0xcbf29ce484222325L; // 64-bit FNV-1a: stable across JVMs, unlike String.hashCode's range
    for (int i = 0; i < normal.length(); i++) {
      hash ^= normal.charAt(i);
      hash *= 0x100000001b3L;
    }
    return Long.toHexString(hash);
  }
}
