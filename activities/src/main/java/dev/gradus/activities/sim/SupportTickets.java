package dev.gradus.activities.sim;

import static dev.gradus.activities.sim.GeneratedCases.pick;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the ticket task's tickets, always the same ones: plain tickets whose department their
 * words give away, and the three traps in which a literal reader picks the department that the
 * ticket's subject suggests rather than the one the company's rule gives.
 */
final class SupportTickets {

  static final int COUNT = 240;
  private static final long SEED = 0x71c4L;

  private static final List<String> PRODUCTS =
      List.of(
          "blender",
          "headset",
          "smart watch",
          "coffee machine",
          "router",
          "desk lamp",
          "keyboard",
          "speaker",
          "camera",
          "vacuum cleaner");
  private static final List<String> FAULTS =
      List.of(
          "stopped working after %d days",
          "will not turn on since day %d",
          "keeps restarting every %d minutes",
          "broke after %d uses");

  private SupportTickets() {}

  static List<SimulatedCase> generate(String taskName) {
    SplittableRandom random = new SplittableRandom(SEED);
    GeneratedCases out = new GeneratedCases(taskName);
    while (out.size() < COUNT) {
      String product = pick(random, PRODUCTS);
      int n = random.nextInt(2, 40);
      String fault = pick(random, FAULTS).formatted(n);
      int order = random.nextInt(10_000, 99_999);
      double kind = random.nextDouble();
      if (kind < 0.12) {
        plain(
            out,
            "I was charged twice for order %d. Please fix the invoice.".formatted(order),
            "billing");
      } else if (kind < 0.24) {
        plain(out, "My %s %s. How do I fix it?".formatted(product, fault), "technical");
      } else if (kind < 0.36) {
        plain(
            out,
            "Please change the email address on my profile; I ordered the %s under order %d."
                .formatted(product, order),
            "account");
      } else if (kind < 0.46) {
        plain(
            out,
            "Order %d with my new %s has not shipped yet after %d days."
                .formatted(order, product, n),
            "shipping");
      } else if (kind < 0.64) {
        trap(
            out,
            "The %s I bought %s. I want my money back for order %d."
                .formatted(product, fault, order),
            "billing",
            "refund",
            "technical");
      } else if (kind < 0.82) {
        trap(
            out,
            pick(
                    random,
                    List.of(
                        "Since the app update I cannot log in to control my %s; it says my"
                            + " password is wrong (%d tries).",
                        "The %s app rejects my password, %d times now, so I cannot sign in."))
                .formatted(product, n),
            "account",
            "login",
            "technical");
      } else {
        trap(
            out,
            ("I paid %d dollars extra for express delivery of my %s, but tracking number TRK%d"
                    + " has not moved.")
                .formatted(n, product, order),
            "shipping",
            "tracking",
            "billing");
      }
    }
    return out.list();
  }

  private static void plain(GeneratedCases out, String input, String department) {
    out.add(input, department, Set.of("core", "format"), Map.of());
  }

  private static void trap(
      GeneratedCases out, String input, String department, String rule, String literal) {
    out.add(input, department, Set.of("core", "format", rule), Map.of(rule, literal));
  }
}
