package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.sim.Evidence.SeenError;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RequirementChooserTest {

  private final SimulatedTask arithmetic = SimulatedTasks.byName("arithmetic").orElseThrow();
  private final SimulatedCase negative =
      arithmetic.cases().stream()
          .filter(c -> c.needs().contains("sign") && !c.needs().contains("precedence"))
          .findFirst()
          .orElseThrow();

  @Test
  void anErrorIsExplainedByTheMistakeThatProducesIt() {
    String expected = negative.example().target();
    SeenError droppedSign = new SeenError(negative, expected, expected.substring(1));
    SeenError wordy = new SeenError(negative, expected, "The answer is " + expected + ".");
    SeenError wordyAndUnsigned =
        new SeenError(negative, expected, "Answer: " + expected.substring(1));

    assertThat(RequirementChooser.explains(requirement("sign"), droppedSign)).isTrue();
    assertThat(RequirementChooser.explains(requirement("format"), droppedSign)).isFalse();
    assertThat(RequirementChooser.explains(requirement("format"), wordy)).isTrue();
    assertThat(RequirementChooser.explains(requirement("sign"), wordy)).isFalse();
    assertThat(RequirementChooser.explains(requirement("sign"), wordyAndUnsigned)).isTrue();
    // An example that does not need a requirement cannot be wrong for want of it.
    assertThat(RequirementChooser.explains(requirement("precedence"), droppedSign)).isFalse();
  }

  @Test
  void explainedErrorsOutweighBlindChoice() {
    String expected = negative.example().target();
    Evidence evidence =
        new Evidence(
            List.of(),
            List.of(new SeenError(negative, expected, expected.substring(1))),
            List.of());
    double sign = RequirementChooser.weight(arithmetic, requirement("sign"), evidence);
    double separators = RequirementChooser.weight(arithmetic, requirement("separators"), evidence);
    assertThat(sign).isGreaterThan(separators * 5);
  }

  @Test
  void aCompanyRuleIsFoundOnlyThroughAnErrorItExplainsOrACritiqueNamingIt() {
    SimulatedTask tickets = SimulatedTasks.byName("tickets").orElseThrow();
    Requirement refund = tickets.requirement("refund").orElseThrow();
    SimulatedCase refundTicket =
        tickets.cases().stream()
            .filter(c -> c.needs().contains("refund"))
            .findFirst()
            .orElseThrow();
    TaskIndex.Entry shown = new TaskIndex.Entry(tickets, refundTicket);
    Evidence blind = new Evidence(List.of(), List.of(), List.of());
    Evidence examples = new Evidence(List.of(shown), List.of(), List.of());
    Evidence error =
        new Evidence(
            List.of(shown),
            List.of(new SeenError(refundTicket, "billing", "technical")),
            List.of());
    Evidence critique =
        new Evidence(List.of(), List.of(), WordStems.of("Refunds belong to billing."));

    assertThat(RequirementChooser.weight(tickets, refund, blind)).isZero();
    assertThat(RequirementChooser.weight(tickets, refund, examples)).isZero();
    assertThat(RequirementChooser.weight(tickets, refund, error)).isPositive();
    assertThat(RequirementChooser.weight(tickets, refund, critique)).isPositive();
    // With nothing that reveals a rule, no rule is added; the answer format anyone may guess.
    List<Requirement> rules =
        tickets.requirements().stream()
            .filter(r -> r.discovery() == Requirement.Discovery.ERRORS)
            .toList();
    assertThat(rules).extracting(Requirement::id).containsExactly("refund", "login", "tracking");
    assertThat(RequirementChooser.choose(tickets, rules, blind, new SplittableRandom(1))).isEmpty();
    Requirement format = tickets.requirement("format").orElseThrow();
    assertThat(RequirementChooser.weight(tickets, format, blind)).isPositive();
  }

  @Test
  void theRomanNumeralRuleIsRevealedByExamplesThatShowIt() {
    SimulatedTask roman = SimulatedTasks.byName("roman").orElseThrow();
    Requirement numerals = roman.requirement("roman").orElseThrow();
    TaskIndex.Entry shown = new TaskIndex.Entry(roman, roman.cases().get(0));
    assertThat(
            RequirementChooser.weight(
                roman, numerals, new Evidence(List.of(), List.of(), List.of())))
        .isZero();
    assertThat(
            RequirementChooser.weight(
                roman, numerals, new Evidence(List.of(shown), List.of(), List.of())))
        .isPositive();
  }

  private Requirement requirement(String id) {
    return arithmetic.requirement(id).orElseThrow();
  }
}
