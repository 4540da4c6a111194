package dev.gradus.activities.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.search.Example;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SimulatedTasksTest {

  @Test
  void knowsFiveTasksByName() {
    assertThat(SimulatedTasks.names())
        .containsExactly("sentiment", "arithmetic", "extraction", "roman", "tickets");
    assertThat(SimulatedTasks.byName("Sentiment")).isPresent();
    assertThat(SimulatedTasks.byName("sim-arithmetic")).isPresent();
    assertThat(SimulatedTasks.byName("poetry")).isEmpty();
    assertThat(SimulatedTasks.byName(null)).isEmpty();
  }

  @Test
  void generatorsAreDeterministicAndProduceTheExpectedCounts() {
    assertThat(SentimentReviews.generate("sentiment"))
        .isEqualTo(SentimentReviews.generate("sentiment"))
        .hasSize(240);
    assertThat(ArithmeticProblems.generate("arithmetic"))
        .isEqualTo(ArithmeticProblems.generate("arithmetic"))
        .hasSize(240);
    assertThat(CitySentences.generate("extraction"))
        .isEqualTo(CitySentences.generate("extraction"))
        .hasSize(240);
    assertThat(SimulatedTasks.byName("sentiment").orElseThrow().examples().get(17).id())
        .isEqualTo("sim-sentiment/17");
  }

  @Test
  void idsAndInputsAreUniqueAcrossTasks() {
    Set<String> ids = new HashSet<>();
    Set<String> inputs = new HashSet<>();
    for (SimulatedTask task : SimulatedTasks.all()) {
      for (Example e : task.examples()) {
        assertThat(ids.add(e.id())).as(e.id()).isTrue();
        assertThat(inputs.add(e.input())).as(e.input()).isTrue();
      }
    }
  }

  @Test
  void everyExampleNeedsItsCoreAndOnlyKnownRequirements() {
    for (SimulatedTask task : SimulatedTasks.all()) {
      Set<String> known = new HashSet<>();
      task.requirements().forEach(r -> known.add(r.id()));
      for (SimulatedCase c : task.cases()) {
        assertThat(c.needs()).contains("core").isSubsetOf(known);
      }
      // Every requirement matters to enough examples that expressing it moves the score.
      for (Requirement r : task.requirements()) {
        long needing = task.cases().stream().filter(c -> c.needs().contains(r.id())).count();
        assertThat(needing).as(task.name() + "/" + r.id()).isGreaterThanOrEqualTo(30);
      }
    }
  }

  @Test
  void arithmeticTargetsEqualTheComputedValue() {
    for (Example e : SimulatedTasks.byName("arithmetic").orElseThrow().examples()) {
      assertThat(e.target()).as(e.input()).isEqualTo(String.valueOf(evaluate(e.input())));
    }
  }

  @Test
  void sentimentTargetsFollowTheAdjectivesAndTheirTwist() {
    for (SimulatedCase c : SimulatedTasks.byName("sentiment").orElseThrow().cases()) {
      String input = c.example().input();
      List<Boolean> polarities = new ArrayList<>();
      for (String word : input.toLowerCase().split("[^a-z]+")) {
        if (SentimentReviews.GOOD.contains(word) || SentimentReviews.BAD.contains(word)) {
          polarities.add(SentimentReviews.GOOD.contains(word));
        }
      }
      String target = c.example().target();
      if (c.needs().contains("sarcasm")) {
        assertThat(target).isEqualTo("negative");
      } else if (c.needs().contains("negation")) {
        assertThat(input).containsAnyOf(" not ", " never ");
        assertThat(target).as(input).isEqualTo(polarities.get(0) ? "negative" : "positive");
      } else {
        boolean last = polarities.get(polarities.size() - 1);
        assertThat(target).as(input).isEqualTo(last ? "positive" : "negative");
      }
    }
  }

  @Test
  void extractionTargetsAreTheRightSpanOfTheSentence() {
    for (SimulatedCase c : SimulatedTasks.byName("extraction").orElseThrow().cases()) {
      String input = c.example().input();
      String city = c.example().target();
      assertThat(input).contains(city);
      if (c.needs().contains("first")) {
        assertThat(input.indexOf(city)).isLessThan(input.indexOf(c.literalAnswers().get("first")));
      }
      if (c.needs().contains("full-name")) {
        assertThat(city).contains(" ");
      }
      if (c.needs().contains("no-country")) {
        assertThat(input).contains(c.literalAnswers().get("no-country"));
      }
    }
  }

  @Test
  void romanTargetsAreTheSumsInRomanNumeralsAndTheLiteralAnswerInDigits() {
    assertThat(RomanTask.roman(1994)).isEqualTo("MCMXCIV");
    assertThat(RomanTask.roman(42)).isEqualTo("XLII");
    Pattern sum =
        Pattern.compile("(Add|Multiply|Subtract|Double) (\\d+)(?: (?:and|to|by|from) (\\d+))?\\.");
    for (SimulatedCase c : SimulatedTasks.byName("roman").orElseThrow().cases()) {
      Matcher m = sum.matcher(c.example().input());
      assertThat(m.matches()).as(c.example().input()).isTrue();
      long a = Long.parseLong(m.group(2));
      long value =
          switch (m.group(1)) {
            case "Add" -> a + Long.parseLong(m.group(3));
            case "Multiply" -> a * Long.parseLong(m.group(3));
            case "Subtract" -> Long.parseLong(m.group(3)) - a;
            default -> 2 * a;
          };
      assertThat(c.literalAnswers().get("roman")).isEqualTo(String.valueOf(value));
      assertThat(fromRoman(c.example().target())).as(c.example().input()).isEqualTo(value);
    }
  }

  @Test
  void ticketTrapsAreRoutedByTheCompanysRuleAndTheLiteralReaderByTheirSubject() {
    for (SimulatedCase c : SimulatedTasks.byName("tickets").orElseThrow().cases()) {
      String input = c.example().input();
      String department = c.example().target();
      if (c.needs().contains("refund")) {
        assertThat(input).contains("money back");
        assertThat(department).isEqualTo("billing");
        assertThat(c.literalAnswers()).containsEntry("refund", "technical");
      } else if (c.needs().contains("login")) {
        assertThat(input).contains("password");
        assertThat(department).isEqualTo("account");
      } else if (c.needs().contains("tracking")) {
        assertThat(input).contains("tracking number TRK").contains("dollars");
        assertThat(department).isEqualTo("shipping");
        assertThat(c.literalAnswers()).containsEntry("tracking", "billing");
      } else {
        assertThat(department).isIn("billing", "technical", "account", "shipping");
        assertThat(c.literalAnswers()).isEmpty();
      }
    }
  }

  private static long fromRoman(String numeral) {
    String symbols = "IVXLCDM";
    int[] values = {1, 5, 10, 50, 100, 500, 1000};
    long total = 0;
    for (int i = 0; i < numeral.length(); i++) {
      int v = values[symbols.indexOf(numeral.charAt(i))];
      boolean smallerBeforeLarger =
          i + 1 < numeral.length() && v < values[symbols.indexOf(numeral.charAt(i + 1))];
      total += smallerBeforeLarger ? -v : v;
    }
    return total;
  }

  private static final Pattern WORD_PROBLEM =
      Pattern.compile("\\w+ had (\\d+) \\w+, got (\\d+) more and gave away (\\d+)\\..*");

  /** An evaluator independent of the generator: multiplication first, then left to right. */
  private static long evaluate(String question) {
    Matcher story = WORD_PROBLEM.matcher(question);
    if (story.matches()) {
      return Long.parseLong(story.group(1))
          + Long.parseLong(story.group(2))
          - Long.parseLong(story.group(3));
    }
    String expression =
        question
            .replaceAll("^(What is|Compute|How much is|Calculate) ", "")
            .replaceAll("[?.]$", "");
    List<Long> terms = new ArrayList<>();
    List<String> signs = new ArrayList<>();
    String[] tokens = expression.split(" ");
    long term = Long.parseLong(tokens[0]);
    signs.add("plus");
    for (int i = 1; i < tokens.length; i += 2) {
      long n = Long.parseLong(tokens[i + 1]);
      if (tokens[i].equals("times")) {
        term *= n;
      } else {
        terms.add(term);
        signs.add(tokens[i]);
        term = n;
      }
    }
    terms.add(term);
    long value = 0;
    for (int i = 0; i < terms.size(); i++) {
      value += signs.get(i).equals("minus") ? -terms.get(i) : terms.get(i);
    }
    return value;
  }
}
