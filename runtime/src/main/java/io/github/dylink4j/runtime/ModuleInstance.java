package io.github.dylink4j.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** An instantiated module, seen through its exports. */
public final class ModuleInstance {
  private final Map<String, Object> exports;

  /**
   * An instance with these exports (values: {@link WasmFunction}, {@link Memory}, {@link Table},
   * {@link Global}). Normally made by {@link ModuleImage#instantiate}; hosts can build one to
   * present Java values as a module.
   */
  public ModuleInstance(Map<String, Object> exports) {
    this.exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
  }

  /** The export called {@code name}, or null. */
  public Object export(String name) {
    return exports.get(name);
  }

  /** The exported function called {@code name}, or null when absent or not a function. */
  public WasmFunction function(String name) {
    Object e = exports.get(name);
    return e instanceof WasmFunction ? (WasmFunction) e : null;
  }

  public Global global(String name) {
    Object e = exports.get(name);
    return e instanceof Global ? (Global) e : null;
  }

  public Memory memory(String name) {
    Object e = exports.get(name);
    return e instanceof Memory ? (Memory) e : null;
  }

  public Table table(String name) {
    Object e = exports.get(name);
    return e instanceof Table ? (Table) e : null;
  }

  /** Export names in declaration order. */
  public Set<String> exportNames() {
    return exports.keySet();
  }
}
