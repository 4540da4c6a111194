package dev.gradus.workflow;

import dev.gradus.search.Candidate;
import dev.gradus.search.ExampleMarks;
import dev.gradus.search.IncumbentRace;
import dev.gradus.search.ScoreComparison;
import dev.gradus.search.ScoreStatistics;
import dev.gradus.spec.EvaluationSpec;
import dev.gradus.spec.RunSpec;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Scores candidates with the evaluation activity, in parallel, in chunks small enough that a
 * retried chunk re-pays little. Every call is granted by the budget before it starts; a candidate
 * the budget cannot cover in full is not started at all.
 */
final class CandidateScorer {

  private final RunSpec spec;
  private final DatasetHandle dataset;
  private final EvaluationChunks runner;

  CandidateScorer(
      EvaluationActivities evaluations,
      RunSpec spec,
      DatasetHandle dataset,
      BudgetLedger ledger,
      PauseGate gate) {
    this.spec = spec;
    this.dataset = dataset;
    this.runner = new EvaluationChunks(evaluations, spec, dataset, ledger, gate);
  }

  /** Scores every candidate on the whole split; candidates left unscored are returned unscored. */
  List<Candidate> scoreOnWholeSplit(List<Candidate> candidates, Split split) {
    return scored(candidates, wholeSplit(candidates, split), split);
  }

  /**
   * Scores {@code challenger} and {@code baseline} on the whole split and compares them example by
   * example.
   *
   * @return the two scored candidates, and the comparison if both were scored on every example
   */
  Compared compareOnWholeSplit(Candidate challenger, Candidate baseline, Split split) {
    // The same candidate twice (no better one was found) is scored once, and differs by nothing.
    // The baseline is scored first, as runs recorded before this comparison existed did.
    boolean same = challenger.id().equals(baseline.id());
    List<Candidate> toScore = same ? List.of(baseline) : List.of(baseline, challenger);
    Tally[] tallies = wholeSplit(toScore, split);
    List<Candidate> scored = scored(toScore, tallies, split);
    Tally base = tallies[0];
    Tally challenging = tallies[tallies.length - 1];
    int size = dataset.size(split);
    ScoreComparison comparison =
        size > 0 && complete(base, size) && complete(challenging, size)
            ? ScoreStatistics.compare(
                challenging.values(), base.values(), seedFor(challenger, size))
            : null;
    return new Compared(scored.get(scored.size() - 1), scored.get(0), comparison);
  }

  private static boolean complete(Tally tally, int size) {
    return tally != null && tally.count() == size;
  }

  /** Two candidates scored on the same examples, and their paired comparison, if any. */
  record Compared(Candidate challenger, Candidate baseline, ScoreComparison comparison) {}

  private Tally[] wholeSplit(List<Candidate> candidates, Split split) {
    List<Integer> all = IntStream.range(0, dataset.size(split)).boxed().toList();
    return round(candidates, split, all);
  }

  /**
   * Scores candidates on the validation split as {@code evaluation.selection} says. With successive
   * halving, all start on a minibatch, and survivors go on to twice as many examples, until they
   * have seen the whole split; candidates dropped early keep their partial score.
   *
   * @param incumbent the best candidate so far, scored on the whole split, or null: successive
   *     halving races the candidates against it on the same examples
   */
  List<Candidate> scoreForSelection(
      List<Candidate> candidates, Random random, Candidate incumbent) {
    String selection = spec.evaluation().selection();
    if (EvaluationSpec.SUCCESSIVE_REJECTS.equals(selection)) {
      return successiveRejects(candidates, shuffledValidation(random));
    }
    if (!EvaluationSpec.SUCCESSIVE_HALVING.equals(selection)) {
      return scoreOnWholeSplit(candidates, Split.VALIDATION);
    }
    String rival = racesAgainst(incumbent);
    List<Integer> order = shuffledValidation(random);
    Tally[] tallies = new Tally[candidates.size()];
    List<Integer> alive = new ArrayList<>(IntStream.range(0, candidates.size()).boxed().toList());
    int done = 0;
    int size = Math.min(spec.evaluation().minibatch(), order.size());
    while (!alive.isEmpty()) {
      List<Integer> next = extend(candidates, alive, tallies, order.subList(done, size));
      if (size >= order.size()) {
        break;
      }
      next.sort(Comparator.comparingDouble((Integer i) -> -tallies[i].mean()));
      alive =
          rival == null
              ? next.subList(0, (next.size() + 1) / 2)
              : IncumbentRace.survivors(next.stream().map(i -> tallies[i].scores()).toList(), rival)
                  .stream()
                  .map(next::get)
                  .toList();
      done = size;
      size = Math.min(order.size(), size * 2);
    }
    return scored(candidates, tallies, Split.VALIDATION);
  }

  /**
   * The incumbent's per-example validation results to race against, or null for plain halving: in
   * runs recorded before racing against the incumbent existed (so that they replay as they ran),
   * and when no incumbent has per-example results on the whole split.
   */
  private String racesAgainst(Candidate incumbent) {
    boolean racing = Workflow.getVersion(RACE_AGAINST_INCUMBENT, Workflow.DEFAULT_VERSION, 1) == 1;
    if (!racing || incumbent == null || incumbent.results() == null) {
      return null;
    }
    String marks = incumbent.results();
    return marks.length() == dataset.validation() && marks.indexOf(ExampleMarks.UNSCORED) < 0
        ? marks
        : null;
  }

  static final String RACE_AGAINST_INCUMBENT = "race-against-incumbent";

  /**
   * Scores the {@code alive} candidates on {@code examples} more, adding to their tallies.
   *
   * @return those still alive: a candidate whose round was cut short (the run paused) drops out
   */
  private List<Integer> extend(
      List<Candidate> candidates, List<Integer> alive, Tally[] tallies, List<Integer> examples) {
    List<Candidate> batch = alive.stream().map(candidates::get).toList();
    Tally[] round = round(batch, Split.VALIDATION, examples);
    List<Integer> next = new ArrayList<>();
    for (int k = 0; k < alive.size(); k++) {
      if (round[k] != null) {
        int i = alive.get(k);
        tallies[i] = tallies[i] == null ? round[k] : tallies[i].plus(round[k]);
        next.add(i);
      }
    }
    return next;
  }

  private List<Integer> shuffledValidation(Random random) {
    List<Integer> order =
        new ArrayList<>(IntStream.range(0, dataset.validation()).boxed().toList());
    java.util.Collections.shuffle(order, random);
    return order;
  }

  /**
   * Successive rejects (Audibert and Bubeck, 2010, "Best Arm Identification in Multi-Armed
   * Bandits"): K candidates, K − 1 phases; in phase k every survivor is evaluated up to n_k
   * examples and the one with the lowest mean is rejected. The paper's n_k = ⌈(n − K) / (loḡ(K)(K
   * + 1 − k))⌉ with its budget n chosen so that the last phase reaches the whole split V gives n_k
   * = ⌈2V / (K + 1 − k)⌉, capped at V. One candidate survives, scored on the whole split; the
   * rejected keep their partial scores, which selection ignores.
   */
  private List<Candidate> successiveRejects(List<Candidate> candidates, List<Integer> order) {
    int k = candidates.size();
    int size = order.size();
    Tally[] tallies = new Tally[k];
    List<Integer> alive = new ArrayList<>(IntStream.range(0, k).boxed().toList());
    int done = 0;
    for (int phase = 1; !alive.isEmpty(); phase++) {
      int target = k <= 1 ? size : Math.min(size, (int) Math.ceil(2.0 * size / (k + 1 - phase)));
      if (target > done) {
        alive = extend(candidates, alive, tallies, order.subList(done, target));
        done = target;
      }
      if (done >= size || alive.size() <= 1) {
        break;
      }
      // Reject the worst; of equal means the later candidate, so the result replays the same.
      int worst = alive.get(0);
      for (int i : alive) {
        if (tallies[i].mean() <= tallies[worst].mean()) {
          worst = i;
        }
      }
      alive.remove(Integer.valueOf(worst));
    }
    if (alive.size() == 1 && done < size) {
      int last = alive.get(0);
      Tally[] rest =
          round(List.of(candidates.get(last)), Split.VALIDATION, order.subList(done, size));
      tallies[last] =
          rest[0] == null ? null : tallies[last] == null ? rest[0] : tallies[last].plus(rest[0]);
    }
    return scored(candidates, tallies, Split.VALIDATION);
  }

  /** Each candidate with its tally's score; candidates without a tally stay as they were. */
  private List<Candidate> scored(List<Candidate> candidates, Tally[] tallies, Split split) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      out.add(
          tallies[i] == null
              ? candidates.get(i)
              : tallies[i].applyTo(candidates.get(i), dataset.size(split)));
    }
    return out;
  }

  /** One parallel round over the same examples; null where a candidate was not evaluated. */
  private Tally[] round(List<Candidate> candidates, Split split, List<Integer> indices) {
    List<EvaluationChunks.Chunk> chunks = runner.start(candidates, split, indices);
    EvaluationResult[] results = runner.collect(chunks);
    Tally[] tallies = new Tally[candidates.size()];
    boolean[] cut = new boolean[candidates.size()];
    for (int k = 0; k < chunks.size(); k++) {
      int i = chunks.get(k).candidate();
      EvaluationResult r = results[k];
      cut[i] |= r.results().size() < chunks.get(k).request().indices().size();
      Tally t = Tally.of(r.results());
      tallies[i] = tallies[i] == null ? t : tallies[i].plus(t);
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (cut[i]) {
        tallies[i] = null; // cancelled while paused: a partial score would mislead selection
      }
    }
    return tallies;
  }

  /**
   * A bootstrap seed of its own for each candidate and sample size, so that intervals replay the
   * same and do not all share one sequence of draws.
   */
  private static long seedFor(Candidate c, int examples) {
    return c.id().hashCode() * 1_000_003L + examples;
  }

  /** The scores a candidate has so far, by example index: a mean, and the spread around it. */
  private record Tally(SortedMap<Integer, Double> scores) {

    static Tally of(List<ExampleResult> results) {
      SortedMap<Integer, Double> scores = new TreeMap<>();
      results.forEach(r -> scores.put(r.index(), r.score()));
      return new Tally(scores);
    }

    Tally plus(Tally o) {
      SortedMap<Integer, Double> all = new TreeMap<>(scores);
      all.putAll(o.scores);
      return new Tally(all);
    }

    int count() {
      return scores.size();
    }

    List<Double> values() {
      return List.copyOf(scores.values());
    }

    double mean() {
      return scores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /**
     * @param size the examples in the split scored, for the per-example results
     */
    Candidate applyTo(Candidate c, int size) {
      return c.withScore(
          mean(),
          count(),
          ScoreStatistics.interval(values(), seedFor(c, count())),
          ExampleMarks.of(scores, size));
    }
  }
}
