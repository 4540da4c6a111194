package dev.gradus.activities.sim;

import java.util.List;

/**
 * Extract the city a sentence mentions, exactly as written. The traps: two cities where the first
 * one counts, multi-word names that a careless model cuts short, and a country appended after the
 * city that it copies along.
 */
final class ExtractionTask {

  static final String NAME = "extraction";

  private ExtractionTask() {}

  static SimulatedTask create() {
    return new SimulatedTask(
        NAME,
        "Extract the city mentioned in a sentence, exactly as written.",
        "Find the place in the sentence.",
        requirements(),
        CitySentences.generate(NAME));
  }

  private static List<Requirement> requirements() {
    List<String> offTask =
        List.of(
            "The sentence is about travel.", "Someone is going somewhere.", "A person and a trip.");
    Requirement core =
        new Requirement(
            "core",
            CueSet.of("city", "town", "place", "location", "destination"),
            List.of(
                "Extract the city mentioned in the sentence.",
                "Name the city that the sentence mentions.",
                "Find the city in the text and return it."),
            // Without the task a model picks whatever entity stands out, often the person.
            (answer, example, random) ->
                random.nextBoolean()
                    ? example.literalAnswers().get("core")
                    : offTask.get(random.nextInt(offTask.size())),
            false);
    Requirement first =
        new Requirement(
            "first",
            CueSet.of("first", "earliest", "mentioned earlier"),
            List.of(
                "If several cities are mentioned, give the first one.",
                "When more than one city appears, answer with the one mentioned first.",
                "Of two cities, the earliest in the sentence is the answer."),
            Corruption.literal("first"),
            false);
    Requirement fullName =
        new Requirement(
            "full-name",
            CueSet.of(
                "full name",
                "whole name",
                "every word",
                "multi word",
                "all words",
                "complete name"),
            List.of(
                "Give multi-word names in full, such as New York or Rio de Janeiro.",
                "Keep every word of a city's name.",
                "Always write the complete name of the city, even when it has several words."),
            Corruption.literal("full-name"),
            false);
    Requirement noCountry =
        new Requirement(
            "no-country",
            CueSet.of("country", "nation"),
            List.of(
                "Leave out the country, even when the text names it.",
                "Never add the country after the city.",
                "Drop any country that follows the city."),
            Corruption.literal("no-country"),
            false);
    Requirement span =
        new Requirement(
            "span",
            CueSet.of(
                "only the city",
                "only the name",
                "exact span",
                "exactly as written",
                "nothing else",
                "no other words",
                "just the name",
                "just the city"),
            List.of(
                "Return only the city name, exactly as written, with no other words.",
                "Reply with just the name as it appears in the text and nothing else.",
                "Output the exact span of the city and nothing else."),
            Corruption.wrap(
                List.of(
                    "The city is %s.",
                    "City: %s", "%s is the city mentioned.", "in %s", "The sentence mentions %s.")),
            true);
    return List.of(core, first, fullName, noCountry, span);
  }
}
