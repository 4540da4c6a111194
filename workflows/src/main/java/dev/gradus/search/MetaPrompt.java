package dev.gradus.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meta-prompt kept as a readable text resource beside the strategies, with {@code {{name}}}
 * placeholders. Keeping the prompts out of the code lets people read and tune them as prose.
 */
public final class MetaPrompt {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
  private final String name;
  private final String text;

  private MetaPrompt(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** Loads {@code /dev/gradus/search/NAME.txt}; the resource ships inside this jar. */
  public static MetaPrompt load(String name) {
    return load(MetaPrompt.class, name);
  }

  /**
   * Loads {@code NAME.txt} from beside {@code anchor}'s class file, for prompts that live with the
   * code that sends them, such as the judges' in the activities jar.
   */
  public static MetaPrompt load(Class<?> anchor, String name) {
    String path = name + ".txt";
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("meta-prompt resource missing: " + path);
      }
      return new MetaPrompt(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every placeholder replaced; a placeholder without a value is a bug. */
  public String fill(Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("meta-prompt " + name + " needs {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
