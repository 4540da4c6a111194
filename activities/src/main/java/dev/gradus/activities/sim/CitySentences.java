package dev.gradus.activities.sim;

import static dev.gradus.activities.sim.GeneratedCases.pick;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Generates the extraction task's sentences, always the same ones. */
final class CitySentences {

  static final int COUNT = 240;
  private static final long SEED = 0xc17eL;

  private static final List<String> PEOPLE =
      List.of(
          "Maria", "Kenji", "Amara", "Lukas", "Priya", "Tomas", "Chen", "Olivia", "Youssef",
          "Ingrid", "Mateo", "Aisha");
  private static final List<String> CITIES =
      List.of(
          "Berlin", "Madrid", "Oslo", "Lisbon", "Prague", "Dublin", "Lima", "Vienna", "Krakow",
          "Perth", "Seoul", "Toronto");
  private static final List<String> LONG_CITIES =
      List.of(
          "New York",
          "San Francisco",
          "Rio de Janeiro",
          "Buenos Aires",
          "Los Angeles",
          "Hong Kong",
          "Kuala Lumpur",
          "Cape Town",
          "Mexico City",
          "Tel Aviv");
  private static final Map<String, String> COUNTRIES =
      Map.of(
          "Lyon",
          "France",
          "Kyoto",
          "Japan",
          "Porto",
          "Portugal",
          "Nairobi",
          "Kenya",
          "Cusco",
          "Peru",
          "Graz",
          "Austria",
          "Busan",
          "South Korea",
          "Quebec",
          "Canada");
  private static final List<String> ONE_CITY =
      List.of(
          "{p} moved to {c} last year.",
          "{p} spent the summer in {c}.",
          "Last spring {p} opened a small bakery in {c}.",
          "{p} works at a hospital in {c}.",
          "The train to {c} left without {p}.",
          "{p} will give a talk in {c} next week.");
  private static final List<String> TWO_CITIES =
      List.of(
          "{p} flew from {c} to {d} on Monday.",
          "After a week in {c}, {p} took the train to {d}.",
          "{p} was born in {c} but now lives in {d}.",
          "{p} compared rents in {c} and {d}.");
  private static final List<String> WITH_COUNTRY =
      List.of(
          "{p} grew up in {c}, {k}.",
          "{p} flew to {c}, {k}, for a wedding.",
          "Our guide, {p}, lives in {c}, {k}.");

  private CitySentences() {}

  static List<SimulatedCase> generate(String taskName) {
    SplittableRandom random = new SplittableRandom(SEED);
    GeneratedCases out = new GeneratedCases(taskName);
    List<String> countryCities = COUNTRIES.keySet().stream().sorted().toList();
    while (out.size() < COUNT) {
      double kind = random.nextDouble();
      String person = pick(random, PEOPLE);
      if (kind < 0.35) {
        String city = pick(random, CITIES);
        add(out, fill(pick(random, ONE_CITY), person, city, ""), city, person, Set.of(), Map.of());
      } else if (kind < 0.6) {
        String city = pick(random, CITIES);
        String later = pick(random, CITIES);
        if (!later.equals(city)) {
          String input = fill(pick(random, TWO_CITIES), person, city, later);
          add(out, input, city, person, Set.of("first"), Map.of("first", later));
        }
      } else if (kind < 0.8) {
        String city = pick(random, LONG_CITIES);
        String cut = city.substring(0, city.indexOf(' '));
        add(
            out,
            fill(pick(random, ONE_CITY), person, city, ""),
            city,
            person,
            Set.of("full-name"),
            Map.of("full-name", cut));
      } else {
        String city = pick(random, countryCities);
        String withCountry = city + ", " + COUNTRIES.get(city);
        String input =
            fill(pick(random, WITH_COUNTRY), person, city, "").replace("{k}", COUNTRIES.get(city));
        add(out, input, city, person, Set.of("no-country"), Map.of("no-country", withCountry));
      }
    }
    return out.list();
  }

  private static String fill(String template, String person, String city, String later) {
    return template.replace("{p}", person).replace("{c}", city).replace("{d}", later);
  }

  /** The person's name is what an off-task model extracts instead, so every case records it. */
  private static void add(
      GeneratedCases out,
      String input,
      String city,
      String person,
      Set<String> twist,
      Map<String, String> literal) {
    Set<String> needs = new HashSet<>(twist);
    needs.add("core");
    needs.add("span");
    Map<String, String> answers = new HashMap<>(literal);
    answers.put("core", person);
    out.add(input, city, needs, answers);
  }
}
