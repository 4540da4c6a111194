package dev.gradus.activities.dataset;

/**
 * An uploaded dataset, without its content.
 *
 * @param id {@code ds-} and the first 16 hex digits of the SHA-256 of its bytes
 * @param format {@code jsonl} or {@code csv}
 * @param createdAt when it was first uploaded, epoch milliseconds
 */
public record StoredDataset(
    String id, String name, String format, int examples, long sizeBytes, long createdAt) {}
