package dev.gradus.activities.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.activities.llm.LlmRequest;
import dev.gradus.search.ChatMessage;
import dev.gradus.spec.ModelSpec;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheKeyTest {

  private static final ModelSpec MODEL = new ModelSpec("openai", "gpt-4o-mini", 0.0, 256);
  private static final List<ChatMessage> MESSAGES =
      List.of(ChatMessage.system("Be brief."), ChatMessage.user("Input: 2+2\nOutput:"));
  private static final LlmRequest REQUEST = new LlmRequest("target", MODEL, MESSAGES, 0);

  @Test
  void equalRequestsHaveEqualKeysOfSixtyFourHexDigits() {
    LlmRequest copy =
        new LlmRequest(
            "target",
            new ModelSpec("openai", "gpt-4o-mini", 0.0, 256),
            List.of(
                new ChatMessage("system", "Be brief."),
                new ChatMessage("user", "Input: 2+2\nOutput:")),
            0);

    assertThat(CacheKey.of(copy)).isEqualTo(CacheKey.of(REQUEST)).matches("[0-9a-f]{64}");
  }

  @Test
  void everyPartOfTheRequestChangesTheKey() {
    List<LlmRequest> variants =
        List.of(
            REQUEST,
            new LlmRequest("optimizer", MODEL, MESSAGES, 0),
            new LlmRequest("target", new ModelSpec("sim", "gpt-4o-mini", 0.0, 256), MESSAGES, 0),
            new LlmRequest("target", new ModelSpec("openai", "gpt-4o", 0.0, 256), MESSAGES, 0),
            new LlmRequest("target", new ModelSpec("openai", null, 0.0, 256), MESSAGES, 0),
            new LlmRequest("target", new ModelSpec("openai", "gpt-4o-mini", 0.7, 256), MESSAGES, 0),
            new LlmRequest(
                "target", new ModelSpec("openai", "gpt-4o-mini", null, 256), MESSAGES, 0),
            new LlmRequest("target", new ModelSpec("openai", "gpt-4o-mini", 0.0, 512), MESSAGES, 0),
            new LlmRequest(
                "target", new ModelSpec("openai", "gpt-4o-mini", 0.0, null), MESSAGES, 0),
            new LlmRequest("target", MODEL, List.of(MESSAGES.get(1)), 0),
            new LlmRequest("target", MODEL, List.of(MESSAGES.get(1), MESSAGES.get(0)), 0),
            new LlmRequest(
                "target",
                MODEL,
                List.of(MESSAGES.get(0), ChatMessage.system("Input: 2+2\nOutput:")),
                0),
            new LlmRequest(
                "target",
                MODEL,
                List.of(MESSAGES.get(0), ChatMessage.user("Input: 2+3\nOutput:")),
                0),
            new LlmRequest("target", MODEL, MESSAGES, 1));

    assertThat(variants.stream().map(CacheKey::of).distinct()).hasSize(variants.size());
  }

  @Test
  void messageBoundariesAreNotAmbiguous() {
    LlmRequest split =
        new LlmRequest("target", MODEL, List.of(ChatMessage.user("a"), ChatMessage.user("b")), 0);
    LlmRequest joined = new LlmRequest("target", MODEL, List.of(ChatMessage.user("ab")), 0);

    assertThat(CacheKey.of(split)).isNotEqualTo(CacheKey.of(joined));
  }

  /** A generation parameter added to ModelSpec later must enter the key without anyone noticing. */
  @Test
  void everyComponentOfTheModelSpecEntersTheKey() throws Exception {
    RecordComponent[] components = ModelSpec.class.getRecordComponents();
    Object[] base = new Object[components.length];
    String baseKey = key(base);
    for (int i = 0; i < components.length; i++) {
      Object[] values = base.clone();
      values[i] = sampleValue(components[i]);
      assertThat(key(values)).as(components[i].getName()).isNotEqualTo(baseKey);
    }
  }

  private static String key(Object[] components) throws Exception {
    Class<?>[] types = new Class<?>[components.length];
    RecordComponent[] rc = ModelSpec.class.getRecordComponents();
    for (int i = 0; i < rc.length; i++) {
      types[i] = rc[i].getType();
    }
    ModelSpec spec = ModelSpec.class.getDeclaredConstructor(types).newInstance(components);
    return CacheKey.of(new LlmRequest("target", spec, MESSAGES, 0));
  }

  private static Object sampleValue(RecordComponent component) {
    Class<?> type = component.getType();
    if (type == String.class) {
      return "x";
    } else if (type == Double.class) {
      return 0.5;
    } else if (type == Integer.class) {
      return 7;
    } else if (type == Long.class) {
      return 7L;
    } else if (type == Boolean.class) {
      return true;
    } else if (List.class.isAssignableFrom(type)) {
      return new ArrayList<>(List.of("x"));
    }
    throw new AssertionError(
        "add a sample value for ModelSpec." + component.getName() + " of type " + type);
  }
}
