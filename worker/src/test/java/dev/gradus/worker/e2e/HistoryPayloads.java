package dev.gradus.worker.e2e;

import com.google.protobuf.Message;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.SearchAttributes;
import io.temporal.api.history.v1.MarkerRecordedEventAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The payloads in a workflow history, for tests that look at what Temporal stores. */
public final class HistoryPayloads {

  private HistoryPayloads() {}

  /** Every payload anywhere in {@code message}, found by walking its fields. */
  public static List<Payload> all(Message message) {
    List<Payload> out = new ArrayList<>();
    collect(message, skipped -> false, out);
    return out;
  }

  /**
   * The payloads the application's data converter wrote: all but those Temporal's SDK and server
   * must read, version markers (the ids of the workflow's {@code getVersion} changes and their
   * numbers, written by the SDK without the codec) and search attributes (indexed by the server).
   */
  public static List<Payload> written(Message message) {
    List<Payload> out = new ArrayList<>();
    collect(
        message,
        m ->
            m instanceof SearchAttributes
                || m instanceof MarkerRecordedEventAttributes marker
                    && marker.getMarkerName().equals("Version"),
        out);
    return out;
  }

  private static void collect(Message message, Predicate<Message> skip, List<Payload> out) {
    if (message instanceof Payload payload) {
      out.add(payload);
      return;
    }
    if (skip.test(message)) {
      return;
    }
    message
        .getAllFields()
        .values()
        .forEach(
            value -> {
              if (value instanceof Message nested) {
                collect(nested, skip, out);
              } else if (value instanceof List<?> list) {
                list.stream()
                    .filter(Message.class::isInstance)
                    .forEach(item -> collect((Message) item, skip, out));
              }
            });
  }
}
