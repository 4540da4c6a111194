package dev.gradus.activities.sim;

import java.util.List;

/**
 * Sentences that are no requirement of any task: harmful ones that damage answers, and neutral
 * filler that changes nothing. Both give an optimizer's edits the chance to be useless or worse.
 */
final class Distractions {

  /** How often the target obeys a harmful sentence. */
  static final double HARM_PROBABILITY = 0.8;

  static final List<HarmfulPhrase> HARMFUL =
      List.of(
          new HarmfulPhrase(
              "Explain your reasoning step by step.",
              CueSet.of(
                  "step by step", "explain your reasoning", "show your work", "your reasoning"),
              Corruption.wrap(
                  List.of(
                      "Let's think step by step. Reading the input, the answer is %s.",
                      "%s, because that is what the input says when read step by step."))),
          new HarmfulPhrase(
              "Be creative with your wording.",
              CueSet.of("creative", "vary your wording"),
              Corruption.wrap(List.of("Definitely %s!", "%s, without a doubt", "Hmm... %s?"))),
          new HarmfulPhrase(
              "Give a detailed answer.",
              CueSet.of("detailed", "in detail", "elaborate"),
              Corruption.wrap(
                  List.of("%s. To elaborate, this follows from the input.", "In detail: %s."))),
          new HarmfulPhrase(
              "Answer in a complete sentence.",
              CueSet.of("complete sentence", "full sentence"),
              Corruption.wrap(List.of("The answer is %s.", "My answer is %s."))));

  static final List<String> FILLERS =
      List.of(
          "Be careful.",
          "Read the text closely.",
          "Take your time.",
          "Be precise and consistent.",
          "Focus on the task at hand.",
          "Think before you answer.");

  private Distractions() {}
}
