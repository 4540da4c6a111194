package dev.gradus.api;

/** A request parameter or body field the API cannot accept: answered 400, naming the field. */
public class BadRequest extends RuntimeException {

  private final String field;

  public BadRequest(String field, String expected) {
    super(field + ": " + expected);
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** What was expected, without the field's name. */
  public String expected() {
    return getMessage().substring(field.length() + 2);
  }
}
