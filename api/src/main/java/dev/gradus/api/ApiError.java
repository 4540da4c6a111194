package dev.gradus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gradus.spec.SpecError;
import java.util.List;

/**
 * Every error answer's body: a sentence for people, and for bad input every problem with the path
 * of the field it is about, so that a form can show each beside its field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, List<SpecError> errors) {

  static ApiError of(String error) {
    return new ApiError(error, List.of());
  }
}
