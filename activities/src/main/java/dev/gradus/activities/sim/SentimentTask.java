package dev.gradus.activities.sim;

import java.util.List;

/**
 * Sentiment of short reviews, labelled {@code positive} or {@code negative}. Besides the label
 * format, the reviews hide three traps a literal reader falls into: negation ("not good"), contrast
 * ("looked great, but...") and sarcasm ("Oh great, it broke again").
 */
final class SentimentTask {

  static final String NAME = "sentiment";

  private SentimentTask() {}

  static SimulatedTask create() {
    return new SimulatedTask(
        NAME,
        "Classify short product and service reviews as positive or negative.",
        "What is the sentiment of this review?",
        requirements(),
        SentimentReviews.generate(NAME));
  }

  private static List<Requirement> requirements() {
    Requirement core =
        new Requirement(
            "core",
            CueSet.of(
                "sentiment",
                "positive or negative",
                "opinion",
                "emotional tone",
                "liked or disliked"),
            List.of(
                "Classify the sentiment of the review.",
                "Decide whether the review is positive or negative.",
                "Determine whether the reviewer's opinion is positive or negative."),
            Corruption.offTask(
                List.of(
                    "This is a review.",
                    "Thank you for sharing your experience!",
                    "The review describes a product or a service.",
                    "Noted.")),
            false);
    Requirement negation =
        new Requirement(
            "negation",
            CueSet.of(
                "negation", "negated", "negating", "not good", "not and never", "such as not"),
            List.of(
                "Watch for negation: 'not good' is negative and 'not bad' is positive.",
                "Negated words flip the sentiment, so 'never boring' is positive.",
                "Pay attention to negations such as not and never, which reverse the meaning."),
            Corruption.literal("negation"),
            false);
    Requirement contrast =
        new Requirement(
            "contrast",
            CueSet.of(
                "contrast",
                "after but",
                "however",
                "final impression",
                "overall verdict",
                "part after"),
            List.of(
                "When a review contrasts two impressions, the part after 'but' decides the"
                    + " sentiment.",
                "Judge the final impression: in a contrast, what comes after 'but' counts most.",
                "Weigh the overall verdict, which usually follows the word 'but'."),
            Corruption.literal("contrast"),
            false);
    Requirement sarcasm =
        new Requirement(
            "sarcasm",
            CueSet.of("sarcasm", "sarcastic", "irony", "ironic", "mock praise", "mocking"),
            List.of(
                "Detect sarcasm: mock praise such as 'Oh great, it broke again' is negative.",
                "Treat sarcastic or ironic praise as negative.",
                "Reviews that praise something while describing a failure are sarcastic and"
                    + " negative."),
            Corruption.literal("sarcasm"),
            false);
    Requirement format =
        new Requirement(
            "format",
            CueSet.of(
                "lowercase",
                "lower case",
                "one word",
                "single word",
                "only the label",
                "just the label",
                "nothing else",
                "no other words"),
            List.of(
                "Answer with a single lowercase word: positive or negative.",
                "Reply with only the label, in lowercase, and nothing else.",
                "Output exactly one word, positive or negative, in lower case."),
            Corruption.wrap(
                List.of(
                    "The sentiment is %s.",
                    "Sentiment: %s",
                    "This review is %s.",
                    "%s (judging by the wording)",
                    "I would say %s.")),
            true);
    return List.of(core, negation, contrast, sarcasm, format);
  }
}
