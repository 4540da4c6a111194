package dev.gradus.activities.metric;

import dev.gradus.search.Example;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code embedding_similarity} metric: how close in meaning the answer is to its nearest
 * target, as the cosine similarity of their MiniLM-L6-v2 sentence embeddings. The model ships
 * inside a jar from Maven Central and runs in-process on ONNX Runtime, so it needs no network and
 * no key; it is loaded once per worker, on first use (about half a second), then embeds a sentence
 * in a few milliseconds.
 */
final class EmbeddingSimilarityMetric implements Metric {

  /** Loaded on first use only: workers that never score this way never pay for the model. */
  private static final class Model {
    static final EmbeddingModel MINILM = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  /** Targets kept embedded: enough for a validation and a test split, a few hundred KB. */
  static final int TARGETS_KEPT = 4096;

  /**
   * Every candidate is scored against the same targets, so each target is embedded once per worker
   * rather than once per candidate and example; least recently used ones go first.
   */
  static final Map<String, Embedding> TARGETS =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
              return size() > TARGETS_KEPT;
            }
          });

  private static Embedding target(String text) {
    Embedding known = TARGETS.get(text);
    if (known == null) {
      known = Model.MINILM.embed(text).content();
      TARGETS.put(text, known);
    }
    return known;
  }

  private final Double threshold;

  /**
   * @param threshold the similarity from which an answer counts as fully correct, or null to score
   *     the similarity itself (negative similarities score 0)
   */
  EmbeddingSimilarityMetric(Double threshold) {
    if (threshold != null && !(threshold >= -1 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "task.metric.threshold: must be a cosine similarity in [-1, 1], not " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public MetricResult score(Example example, String output) {
    if (AnswerText.isEmpty(output)) {
      return AnswerText.emptyAnswer(example);
    }
    var answer = Model.MINILM.embed(output.strip()).content();
    double best = -1;
    String nearest = example.target();
    for (String target : example.targets()) {
      if (target == null || target.isBlank()) {
        continue;
      }
      double similarity = CosineSimilarity.between(answer, target(target));
      if (similarity > best) {
        best = similarity;
        nearest = target;
      }
    }
    // Float rounding leaves the same sentence a hair under 1: that is a perfect answer.
    if (threshold != null ? best >= threshold : best >= 1.0 - 1e-6) {
      return MetricResult.correct();
    }
    double score = Math.max(0.0, best);
    return new MetricResult(
        score,
        String.format(
            Locale.ROOT,
            "the answer's meaning is %.2f similar to the expected %s%s",
            best,
            AnswerText.quote(nearest),
            threshold == null ? "" : String.format(Locale.ROOT, " (%.2f needed)", threshold)));
  }
}
