package dev.gradus.activities.sim;

import dev.gradus.activities.sim.MetaPromptReading.ShownExample;
import dev.gradus.activities.sim.MetaPromptReading.ShownInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a meta-prompt the way the simulated optimizer needs it, tolerant of wording: Gradus'
 * strategies and people's own meta-prompts share only these conventions.
 */
final class MetaPromptReader {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.MULTILINE;

  /**
   * An instruction starts its line, perhaps after a label ("text:", "Input:", "1."). This skips
   * inline mentions such as "begin with <INS> and end with </INS>"; the negative look-ahead takes
   * the last opening tag before a closing one.
   */
  private static final Pattern OWN_LINE =
      Pattern.compile(
          "^[ \\t]*(?:\\d+[.)][ \\t]*)?(?:[\\w ]{0,30}:[ \\t]*)?<INS>((?:(?!<INS>).)*?)</INS>",
          FLAGS);

  private static final Pattern ANYWHERE = Pattern.compile("<INS>((?:(?!<INS>).)*?)</INS>", FLAGS);
  private static final Pattern SCORE =
      Pattern.compile("\\A\\s*score\\s*[:=]?\\s*(\\d+(?:\\.\\d+)?)", FLAGS);
  private static final Pattern FIELD =
      Pattern.compile(
          "^\\s*(input|output|expected|target|got|prediction)\\s*:\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CRITIQUE =
      Pattern.compile(
          "^\\s*(feedback|critiques?|reasons?)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private MetaPromptReader() {}

  static MetaPromptReading read(String metaPrompt) {
    List<ShownInstruction> instructions = instructions(metaPrompt, OWN_LINE);
    if (instructions.isEmpty()) {
      // An unfamiliar layout: take every tagged text that reads like a sentence.
      instructions =
          instructions(metaPrompt, ANYWHERE).stream()
              .filter(i -> Character.isUpperCase(i.text().charAt(0)))
              .toList();
    }
    List<ShownExample> examples = new ArrayList<>();
    StringBuilder critique = new StringBuilder();
    String[] block = null; // input, output, expected, got
    boolean inCritique = false;
    for (String line : metaPrompt.split("\\R")) {
      Matcher field = FIELD.matcher(line);
      Matcher critiqueLine = CRITIQUE.matcher(line);
      if (field.matches()) {
        inCritique = false;
        String name = field.group(1).toLowerCase(Locale.ROOT);
        String value = field.group(2).strip();
        if (name.equals("input")) {
          add(examples, block);
          block =
              value.contains("<INS>") || value.contains("<ins>")
                  ? null
                  : new String[] {value, null, null, null};
        } else if (block != null) {
          block[slot(name)] = value;
        }
      } else if (critiqueLine.matches()) {
        inCritique = true;
        critique.append(critiqueLine.group(2)).append('\n');
      } else if (inCritique && line.isBlank() && !critique.isEmpty()) {
        inCritique = false; // a critique is one paragraph; the meta-prompt's request follows it
      } else if (inCritique && !line.contains("<INS>")) {
        critique.append(line).append('\n');
      }
    }
    add(examples, block);
    return new MetaPromptReading(instructions, examples, critique.toString().strip());
  }

  private static List<ShownInstruction> instructions(String metaPrompt, Pattern pattern) {
    List<ShownInstruction> out = new ArrayList<>();
    Matcher m = pattern.matcher(metaPrompt);
    while (m.find()) {
      String text = m.group(1).strip();
      if (!text.isEmpty()) {
        Matcher score = SCORE.matcher(metaPrompt).region(m.end(), metaPrompt.length());
        out.add(
            new ShownInstruction(text, score.lookingAt() ? Double.valueOf(score.group(1)) : null));
      }
    }
    return out;
  }

  private static int slot(String field) {
    return switch (field) {
      case "output" -> 1;
      case "expected", "target" -> 2;
      default -> 3;
    };
  }

  private static void add(List<ShownExample> examples, String[] block) {
    if (block != null && !block[0].isEmpty()) {
      examples.add(new ShownExample(block[0], block[1], block[2], block[3]));
    }
  }
}
