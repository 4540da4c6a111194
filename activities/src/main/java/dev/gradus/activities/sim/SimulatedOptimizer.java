package dev.gradus.activities.sim;

import static dev.gradus.activities.sim.GeneratedCases.pick;

import dev.gradus.activities.sim.MetaPromptReading.ShownInstruction;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The simulated optimizer model: proposes a new instruction from what a meta-prompt shows. The more
 * informative the meta-prompt, the more likely its edit adds a requirement the instruction lacks,
 * and the better that requirement fits the evidence; otherwise it paraphrases, reorders, pads,
 * drops or (sometimes) harms, as blind mutation does.
 */
final class SimulatedOptimizer {

  // How likely an edit adds a missing requirement, by the best evidence the meta-prompt holds.
  static final double ADD_GIVEN_CRITIQUE = 0.8;
  static final double ADD_GIVEN_ERRORS = 0.75;
  static final double ADD_GIVEN_EXAMPLES = 0.45;
  static final double ADD_GIVEN_SCORES = 0.3;
  static final double ADD_BLIND = 0.1;

  private static final List<String> CHATTER =
      List.of(
          "Sure! Here is an improved instruction:\n<INS>%s</INS>",
          "<INS>%s</INS>\nThis version should score higher.",
          "Here is a new instruction that should work better:\n\n"
              + "<INS>%s</INS>\n\n"
              + "Let me know if you want more variations.");
  private static final List<String> VAGUE =
      List.of(
          "Read the input and write the output.",
          "Transform the input as shown.",
          "Respond to the input.");

  private final TaskIndex index;

  SimulatedOptimizer(TaskIndex index) {
    this.index = index;
  }

  String propose(String metaPrompt, double temperature, int sample) {
    SplittableRandom random =
        Seeds.randomFor(metaPrompt, "temperature " + temperature, "sample " + sample);
    MetaPromptReading reading = MetaPromptReader.read(metaPrompt);
    Evidence evidence = Evidence.gather(reading, index);
    Optional<SimulatedTask> task = TaskGuess.of(reading, evidence.shown(), index.tasks());
    Optional<Integer> critiques = CritiqueWriter.requested(metaPrompt);
    if (critiques.isPresent() && task.isPresent()) {
      return CritiqueWriter.write(critiques.get(), task.get(), reading, evidence, random);
    }
    Optional<BreedingRequest> breeding = BreedingRequest.read(metaPrompt);
    String instruction =
        task.map(
                t ->
                    breeding
                        .map(b -> breed(b, t, reading, evidence, random))
                        .orElseGet(() -> edit(t, reading, evidence, random)))
            .orElseGet(() -> editUnknown(reading, random));
    return random.nextDouble() < 0.2
        ? pick(random, CHATTER).formatted(instruction)
        : "<INS>" + instruction + "</INS>";
  }

  private String edit(
      SimulatedTask task, MetaPromptReading reading, Evidence evidence, SplittableRandom random) {
    Optional<String> base = reading.base();
    if (base.isEmpty()) {
      return induce(task, evidence, random);
    }
    List<String> sentences = InstructionEdits.sentences(base.get());
    if (random.nextDouble() < (evidence.hasFeedback() ? 0.6 : 0.15)) {
      sentences = InstructionEdits.withoutHarmful(sentences); // feedback shows what the harm did
    }
    if (sentences.isEmpty()) {
      sentences = List.of(pick(random, task.core().phrasings()));
    }
    String current = InstructionEdits.join(sentences);
    List<Requirement> missing =
        task.requirements().stream().filter(r -> !r.expressedBy(current)).toList();
    List<ShownInstruction> ranked = reading.bestFirst();
    List<String> edited;
    Optional<Requirement> chosen = added(task, missing, reading, evidence, random);
    if (chosen.isPresent()) {
      edited = InstructionEdits.addRequirement(sentences, chosen.get(), task, random);
    } else if (reading.hasScores() && ranked.size() >= 2 && random.nextDouble() < 0.35) {
      edited =
          InstructionEdits.recombine(
              sentences, InstructionEdits.sentences(ranked.get(1).text()), task);
    } else {
      edited = mutate(sentences, task, random);
    }
    if (InstructionEdits.join(edited).equals(base.get())) {
      edited = InstructionEdits.addFiller(InstructionEdits.reorder(edited, random), random);
    }
    return InstructionEdits.join(edited);
  }

  /**
   * A child of EvoPrompt's GA (crossover, then mutation) or DE (the donors' differences on the best
   * prompt, crossed with the basic one). The mutation may add a requirement no parent states, as
   * likely as the meta-prompt's evidence makes it; a GA child that adds none gets a blind edit.
   */
  private String breed(
      BreedingRequest request,
      SimulatedTask task,
      MetaPromptReading reading,
      Evidence evidence,
      SplittableRandom random) {
    List<String> child =
        request.differential()
            ? InstructionBreeding.differential(request, task, random)
            : InstructionBreeding.crossover(
                InstructionEdits.sentences(request.first()),
                InstructionEdits.sentences(request.second()),
                task,
                random);
    if (child.isEmpty()) {
      child = List.of(pick(random, task.core().phrasings()));
    }
    String current = InstructionEdits.join(child);
    List<Requirement> missing =
        task.requirements().stream().filter(r -> !r.expressedBy(current)).toList();
    Optional<Requirement> chosen = added(task, missing, reading, evidence, random);
    if (chosen.isPresent()) {
      child = InstructionEdits.addRequirement(child, chosen.get(), task, random);
    } else if (!request.differential()) {
      child = mutate(child, task, random);
    }
    String text = InstructionEdits.join(child);
    if (text.equals(request.first())
        || text.equals(request.second())
        || text.equals(request.basic())) {
      text = InstructionEdits.join(InstructionEdits.paraphrase(child, task, random));
    }
    return text;
  }

  /**
   * The missing requirement an edit adds, if it adds one: as likely as the evidence makes it, and
   * none when no missing requirement can be thought of from what the meta-prompt shows.
   */
  private static Optional<Requirement> added(
      SimulatedTask task,
      List<Requirement> missing,
      MetaPromptReading reading,
      Evidence evidence,
      SplittableRandom random) {
    if (missing.isEmpty() || random.nextDouble() >= addProbability(reading, evidence, missing)) {
      return Optional.empty();
    }
    return RequirementChooser.choose(task, missing, evidence, random);
  }

  private static double addProbability(
      MetaPromptReading reading, Evidence evidence, List<Requirement> missing) {
    if (missing.stream().anyMatch(r -> r.expressedBy(evidence.critiqueStems()))) {
      return ADD_GIVEN_CRITIQUE;
    }
    if (!evidence.errors().isEmpty()) {
      return ADD_GIVEN_ERRORS;
    }
    if (!evidence.shown().isEmpty()) {
      return ADD_GIVEN_EXAMPLES;
    }
    return reading.hasScores() ? ADD_GIVEN_SCORES : ADD_BLIND;
  }

  /** Blind edits: most keep the meaning, some pad it, a few damage it. */
  private static List<String> mutate(
      List<String> sentences, SimulatedTask task, SplittableRandom random) {
    double roll = random.nextDouble();
    if (roll < 0.35) {
      return InstructionEdits.paraphrase(sentences, task, random);
    } else if (roll < 0.55) {
      return InstructionEdits.reorder(sentences, random);
    } else if (roll < 0.75) {
      return InstructionEdits.addFiller(sentences, random);
    } else if (roll < 0.87) {
      return InstructionEdits.addHarmful(sentences, random);
    }
    return InstructionEdits.dropOne(sentences, random);
  }

  /** A first instruction from examples alone (APE's induction): the task, perhaps one detail. */
  private static String induce(SimulatedTask task, Evidence evidence, SplittableRandom random) {
    if (random.nextDouble() < 0.15) {
      return pick(random, VAGUE); // induction sometimes misses the point, as with real models
    }
    List<String> sentences = List.of(pick(random, task.core().phrasings()));
    List<Requirement> details = task.requirements().subList(1, task.requirements().size());
    if (random.nextDouble() < 0.5) {
      Optional<Requirement> detail = RequirementChooser.choose(task, details, evidence, random);
      if (detail.isPresent()) {
        sentences = InstructionEdits.addRequirement(sentences, detail.get(), task, random);
      }
    }
    if (random.nextDouble() < 0.2) {
      sentences = InstructionEdits.addFiller(sentences, random);
    }
    return InstructionEdits.join(sentences);
  }

  /** A task the simulation does not know still gets an edit, only a meaningless one. */
  private static String editUnknown(MetaPromptReading reading, SplittableRandom random) {
    List<String> sentences =
        reading.base().map(InstructionEdits::sentences).orElse(List.of("Answer the question."));
    return InstructionEdits.join(
        InstructionEdits.addFiller(InstructionEdits.paraphrase(sentences, null, random), random));
  }
}
