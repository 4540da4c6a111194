package dev.gradus.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search strategy and its parameters, written flat as in {@code {type: opro, proposals: 8}}.
 * Parameters are kept in a sorted map so that iteration order, and so the workflow, is
 * deterministic.
 */
public final class StrategySpec {

  private String type;
  private final TreeMap<String, Object> params = new TreeMap<>();

  public StrategySpec() {}

  public StrategySpec(String type, Map<String, ?> params) {
    this.type = type;
    this.params.putAll(params);
  }

  @JsonProperty("type")
  public String type() {
    return type;
  }

  @JsonProperty("type")
  void setType(String type) {
    this.type = type;
  }

  @JsonAnyGetter
  public Map<String, Object> params() {
    return Collections.unmodifiableMap(params);
  }

  @JsonAnySetter
  void setParam(String name, Object value) {
    params.put(name, value);
  }

  /** An integer parameter, or its default when absent. Validation has already checked the type. */
  public int intParam(String name, int defaultValue) {
    Object v = params.get(name);
    return v instanceof Number n ? n.intValue() : defaultValue;
  }

  public double doubleParam(String name, double defaultValue) {
    Object v = params.get(name);
    return v instanceof Number n ? n.doubleValue() : defaultValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StrategySpec s
        && java.util.Objects.equals(type, s.type)
        && params.equals(s.params);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(type, params);
  }

  @Override
  public String toString() {
    return "StrategySpec[type=" + type + ", params=" + params + "]";
  }
}
