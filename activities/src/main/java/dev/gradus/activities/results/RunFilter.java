package dev.gradus.activities.results;

import dev.gradus.workflow.RunStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which runs a list shows; every part is optional.
 *
 * @param status only runs in this status
 * @param text only runs whose name or id contains this, ignoring case
 * @param strategy only runs of this strategy ({@code opro}, {@code evo-ga}, ...)
 */
public record RunFilter(RunStatus status, String text, String strategy) {

  public static final RunFilter ALL = new RunFilter(null, null, null);

  /** The SQL condition, empty or starting with {@code WHERE}. */
  String where() {
    List<String> conditions = new ArrayList<>();
    if (status != null) {
      conditions.add("status = ?");
    }
    if (text != null) {
      conditions.add(
          "(LOWER(COALESCE(name, '')) LIKE ? ESCAPE '!' OR LOWER(run_id) LIKE ? ESCAPE '!')");
    }
    if (strategy != null) {
      conditions.add("strategy = ?");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /**
   * Binds the condition's values from {@code first}.
   *
   * @return the next free parameter index
   */
  int bind(PreparedStatement s, int first) throws SQLException {
    int i = first;
    if (status != null) {
      s.setString(i++, status.name());
    }
    if (text != null) {
      // Taken literally: the user's % and _ are not wildcards.
      String pattern =
          "%"
              + text.toLowerCase(Locale.ROOT)
                  .replace("!", "!!")
                  .replace("%", "!%")
                  .replace("_", "!_")
              + "%";
      s.setString(i++, pattern);
      s.setString(i++, pattern);
    }
    if (strategy != null) {
      s.setString(i++, strategy);
    }
    return i;
  }
}
