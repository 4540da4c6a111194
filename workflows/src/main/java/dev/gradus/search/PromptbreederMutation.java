package dev.gradus.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Promptbreeder's mutation operators (Fernando et al., 2023, section 3.2), each one or two
 * optimizer calls that turn a tournament winner into the unit that replaces the loser. The
 * meta-prompts, mutation prompts and thinking styles are resources beside this class.
 */
final class PromptbreederMutation {

  /** The operators, drawn uniformly for each mutation as in the paper. */
  enum Operator {
    /** A new task prompt from the problem description alone: "A list of 100 hints". */
    ZERO_ORDER("zero-order"),
    /** The unit's mutation prompt applied to the winner's task prompt. */
    FIRST_ORDER("first-order"),
    /** The population's distinct prompts, unordered, continued by a new one. */
    EDA("eda"),
    /** The population's prompts worst to best, under a heading that claims the opposite. */
    EDA_RANK("eda-rank"),
    /** The run's successive elites, oldest first, continued by a better one. */
    LINEAGE("lineage"),
    /** A new mutation prompt from the problem and a thinking style, then a first-order mutation. */
    HYPER_ZERO("hyper-zero"),
    /** The mutation prompt summarised and improved, then a first-order mutation with it. */
    HYPER_FIRST("hyper-first");

    final String label;

    Operator(String label) {
      this.label = label;
    }
  }

  /**
   * A mutated task prompt and the mutation prompt its unit carries on.
   *
   * @param note how it was made, for the lineage
   */
  record Mutant(String prompt, String mutationPrompt, String note) {}

  static final List<String> MUTATION_PROMPTS = lines("promptbreeder-mutation-prompts");
  static final List<String> THINKING_STYLES = lines("promptbreeder-thinking-styles");

  /** Prompts above this word overlap count as one in EDA's list, as near-copies do in the paper. */
  static final double SIMILARITY_LIMIT = 0.95;

  /** The longest mutation prompt a lineage note quotes whole. */
  static final int NOTE_LENGTH = 100;

  /** The most elites the lineage operator shows, most recent kept. */
  static final int LINEAGE_LENGTH = 10;

  private static final MetaPrompt INITIAL = MetaPrompt.load("promptbreeder-initial");
  private static final MetaPrompt FIRST = MetaPrompt.load("promptbreeder-first-order");
  private static final MetaPrompt ZERO = MetaPrompt.load("promptbreeder-zero-order");
  private static final MetaPrompt EDA_LIST = MetaPrompt.load("promptbreeder-eda");
  private static final MetaPrompt EDA_RANKED = MetaPrompt.load("promptbreeder-eda-rank");
  private static final MetaPrompt LINEAGE_LIST = MetaPrompt.load("promptbreeder-lineage");
  private static final MetaPrompt HYPER_ZERO = MetaPrompt.load("promptbreeder-hyper-zero");
  private static final MetaPrompt HYPER_FIRST = MetaPrompt.load("promptbreeder-hyper-first");

  private final SearchState state;
  private final SearchContext context;

  PromptbreederMutation(SearchState state, SearchContext context) {
    this.state = state;
    this.context = context;
  }

  /**
   * One member of the initial population: a random mutation prompt and thinking style applied to
   * the problem description.
   */
  Optional<Mutant> initial() {
    String mutationPrompt = draw(MUTATION_PROMPTS);
    String style = draw(THINKING_STYLES);
    String meta =
        INITIAL.fill(
            Map.of(
                "mutationPrompt", mutationPrompt,
                "thinkingStyle", style,
                "problem", context.taskDescription()));
    return ask(meta)
        .flatMap(ProposalParser::parse)
        .map(text -> new Mutant(text, mutationPrompt, "initial: \"" + style + "\""));
  }

  /**
   * The winner mutated by {@code operator}.
   *
   * @param mutationPrompt the winner's mutation prompt
   */
  Optional<Mutant> mutate(Operator operator, Candidate winner, String mutationPrompt) {
    return switch (operator) {
      case ZERO_ORDER ->
          ask(ZERO.fill(Map.of("problem", context.taskDescription())))
              .flatMap(PromptbreederMutation::firstHint)
              .map(text -> new Mutant(text, mutationPrompt, "zero-order: a hint for the task"));
      case FIRST_ORDER -> firstOrder(winner, mutationPrompt, "first-order");
      case EDA -> continued(EDA_LIST, mutationPrompt, distinct(state.population()), "eda");
      case EDA_RANK ->
          continued(EDA_RANKED, mutationPrompt, worstFirst(state.population()), "eda-rank");
      case LINEAGE -> continued(LINEAGE_LIST, mutationPrompt, elites(state), "lineage");
      case HYPER_ZERO -> {
        String style = draw(THINKING_STYLES);
        yield ask(HYPER_ZERO.fill(
                Map.of("thinkingStyle", style, "problem", context.taskDescription())))
            .flatMap(ProposalParser::parse)
            .flatMap(fresh -> firstOrder(winner, fresh, "hyper-zero (\"" + style + "\")"));
      }
      case HYPER_FIRST ->
          ask(HYPER_FIRST.fill(Map.of("mutationPrompt", mutationPrompt)))
              .flatMap(ProposalParser::parse)
              .flatMap(improved -> firstOrder(winner, improved, "hyper-first"));
    };
  }

  String draw(List<String> choices) {
    return choices.get(context.random().nextInt(choices.size()));
  }

  private Optional<Mutant> firstOrder(Candidate winner, String mutationPrompt, String how) {
    String meta =
        FIRST.fill(Map.of("mutationPrompt", mutationPrompt, "prompt", winner.instruction()));
    return ask(meta)
        .flatMap(ProposalParser::parse)
        .map(
            text ->
                new Mutant(text, mutationPrompt, how + ": \"" + shortened(mutationPrompt) + "\""));
  }

  /** A lineage note stays short: a rewritten mutation prompt can run to paragraphs. */
  static String shortened(String text) {
    return text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH - 1) + "…";
  }

  private Optional<Mutant> continued(
      MetaPrompt template, String mutationPrompt, List<Candidate> shown, String how) {
    String list =
        shown.stream()
            .map(c -> "<INS>" + c.instruction() + "</INS>")
            .collect(Collectors.joining("\n"));
    String meta = template.fill(Map.of("mutationPrompt", mutationPrompt, "prompts", list));
    return ask(meta)
        .flatMap(ProposalParser::parse)
        .map(text -> new Mutant(text, mutationPrompt, how + " over " + shown.size() + " prompts"));
  }

  private Optional<String> ask(String metaPrompt) {
    return context.askOptimizer(List.of(ChatMessage.user(metaPrompt)), 1).stream().findFirst();
  }

  /**
   * The population without near-copies, in random order: the paper filters its EDA list by
   * embedding similarity; here word overlap stands in for it.
   */
  private List<Candidate> distinct(List<Candidate> population) {
    List<Candidate> kept = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    for (Candidate c : population) {
      Set<String> w = words(c.instruction());
      if (words.stream().allMatch(other -> overlap(w, other) <= SIMILARITY_LIMIT)) {
        kept.add(c);
        words.add(w);
      }
    }
    Collections.shuffle(kept, context.random());
    return kept;
  }

  static List<Candidate> worstFirst(List<Candidate> population) {
    return population.stream().sorted(Comparator.comparingDouble(Candidate::scoreOrWorst)).toList();
  }

  /**
   * The run's successive elites, oldest first: each leaderboard candidate that beat every earlier
   * one. The paper keeps this history per unit; a Gradus strategy sees only the run's leaderboard,
   * so the history is the run's.
   */
  static List<Candidate> elites(SearchState state) {
    List<Candidate> chronological =
        state.leaderboard().stream()
            .filter(Candidate::scored)
            .sorted(
                Comparator.comparingInt(Candidate::generation)
                    .thenComparing(Candidate::score, Comparator.reverseOrder()))
            .toList();
    List<Candidate> out = new ArrayList<>();
    double best = Double.NEGATIVE_INFINITY;
    for (Candidate c : chronological) {
      if (c.score() > best) {
        out.add(c);
        best = c.score();
      }
    }
    return out.subList(Math.max(0, out.size() - LINEAGE_LENGTH), out.size());
  }

  /**
   * The first hint of a zero-order reply: the tagged text if there is one, else its first line that
   * is not a heading, without its list number.
   */
  static Optional<String> firstHint(String reply) {
    if (reply == null) {
      return Optional.empty();
    }
    if (reply.toLowerCase(Locale.ROOT).contains("<ins>")) {
      return ProposalParser.parse(reply);
    }
    return reply
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.endsWith(":"))
        .findFirst()
        .map(line -> line.replaceFirst("^(\\d+[.)]|[-*•])\\s*", ""))
        .flatMap(ProposalParser::parse);
  }

  private static Set<String> words(String text) {
    return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
  }

  private static double overlap(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return union.isEmpty() ? 1 : (double) common.size() / union.size();
  }

  private static List<String> lines(String resource) {
    return MetaPrompt.load(resource).fill(Map.of()).lines().filter(l -> !l.isBlank()).toList();
  }
}
