package dev.gradus.activities.sim;

import dev.gradus.activities.sim.Requirement.Discovery;
import java.util.List;

/**
 * Route support tickets to billing, technical, account or shipping, under a company's own rules
 * that no one guesses and correct examples do not show: refunds go to billing even when a product
 * is broken, login trouble goes to account, a parcel with a tracking number goes to shipping even
 * when money is mentioned. Only a wrong answer (or a critique written from one) reveals a rule, so
 * this is the task where feedback is essential.
 */
final class TicketTask {

  static final String NAME = "tickets";

  private TicketTask() {}

  static SimulatedTask create() {
    return new SimulatedTask(
        NAME,
        "Route customer support tickets to billing, technical, account or shipping.",
        "Which team should handle this ticket?",
        requirements(),
        SupportTickets.generate(NAME));
  }

  private static List<Requirement> requirements() {
    Requirement core =
        new Requirement(
            "core",
            CueSet.of("department", "route", "which team", "ticket"),
            List.of(
                "Route the support ticket to one department: billing, technical, account or"
                    + " shipping.",
                "Decide which department should handle the ticket.",
                "Assign the ticket to the billing, technical, account or shipping team."),
            Corruption.offTask(
                List.of(
                    "Thank you for contacting support!",
                    "We are sorry for the trouble.",
                    "A customer needs help.")),
            false);
    Requirement refund =
        new Requirement(
                "refund",
                CueSet.of("refund", "money back", "reimburse"),
                List.of(
                    "Refund requests go to billing, even when the product is broken.",
                    "Anyone asking for their money back belongs to billing.",
                    "Send every refund to billing, whatever went wrong."),
                Corruption.literal("refund"),
                false)
            .discoveredBy(Discovery.ERRORS);
    Requirement login =
        new Requirement(
                "login",
                CueSet.of("login", "log in", "password", "sign in"),
                List.of(
                    "Login and password problems go to account, not technical.",
                    "If someone cannot sign in, the ticket belongs to account.",
                    "Password trouble is an account matter."),
                Corruption.literal("login"),
                false)
            .discoveredBy(Discovery.ERRORS);
    Requirement tracking =
        new Requirement(
                "tracking",
                CueSet.of("tracking", "parcel", "late delivery"),
                List.of(
                    "A ticket with a tracking number goes to shipping, even when it mentions a"
                        + " payment.",
                    "Late parcels and tracking questions belong to shipping.",
                    "Whenever a tracking number appears, route to shipping."),
                Corruption.literal("tracking"),
                false)
            .discoveredBy(Discovery.ERRORS);
    Requirement format =
        new Requirement(
            "format",
            CueSet.of(
                "department name only",
                "only the department",
                "one word",
                "single word",
                "lowercase",
                "lower case",
                "nothing else"),
            List.of(
                "Answer with the department name only, in lowercase.",
                "Reply with one lowercase word: billing, technical, account or shipping.",
                "Give only the department, in lower case, and nothing else."),
            Corruption.wrap(
                List.of(
                    "This goes to %s.",
                    "Department: %s", "The %s team should handle it.", "Route to %s.")),
            true);
    return List.of(core, refund, login, tracking, format);
  }
}
