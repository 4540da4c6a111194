package dev.gradus.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCanceledException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class KeepAliveTest {

  private final List<Object> beats = new CopyOnWriteArrayList<>();
  private volatile boolean cancelled;

  /** An activity context that only records heartbeats (and fails them once cancelled). */
  private ActivityExecutionContext context() {
    return (ActivityExecutionContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ActivityExecutionContext.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("heartbeat")) {
                throw new UnsupportedOperationException(method.getName());
              }
              if (cancelled) {
                throw new ActivityCanceledException();
              }
              beats.add(args[0]);
              return null;
            });
  }

  @Test
  void repeatsTheLatestProgressWhileACallIsUnderWayAndStopsWhenClosed() throws Exception {
    try (KeepAlive alive = KeepAlive.start(context(), "none yet", Duration.ofMillis(20))) {
      Thread.sleep(150);
      assertThat(beats).as("repeated during a slow call").hasSizeGreaterThanOrEqualTo(3);
      assertThat(beats).containsOnly("none yet");
      alive.progress("1 of 50");
      Thread.sleep(100);
      assertThat(beats.get(beats.size() - 1)).isEqualTo("1 of 50");
    }
    int atClose = beats.size();
    Thread.sleep(100);
    assertThat(beats).as("nothing after close").hasSize(atClose);
  }

  @Test
  void aCancelledActivityDoesNotBreakTheBackgroundThread() throws Exception {
    try (KeepAlive alive = KeepAlive.start(context(), "p", Duration.ofMillis(10))) {
      cancelled = true;
      Thread.sleep(60);
      cancelled = false;
      Thread.sleep(60);
    }
    assertThat(beats).as("beats go on after a failed one").isNotEmpty();
  }
}
