package dev.gradus.activities.prompt;

/**
 * A template placeholder that some examples have no field for.
 *
 * @param name the placeholder, without braces
 * @param firstExampleId the id of the first example lacking it (ids default to file-stem/line)
 * @param missing how many examples lack it
 * @param total how many examples were checked
 */
public record UnfilledPlaceholder(String name, String firstExampleId, int missing, int total) {

  /** A sentence for the user, naming the placeholder and where its value is missing. */
  public String message() {
    String where =
        missing == total
            ? "in all " + total + " examples"
            : "in " + missing + " of " + total + " examples";
    return "template placeholder {{%s}} has no field \"%s\" in example \"%s\" (missing %s)"
        .formatted(name, name, firstExampleId, where);
  }
}
