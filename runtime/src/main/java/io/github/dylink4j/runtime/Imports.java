package io.github.dylink4j.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** The values offered to a module's imports, by module name and field name. */
public final class Imports {
  private final Map<String, Map<String, Object>> values = new LinkedHashMap<>();

  /**
   * Offers a value for import {@code module.name}: a {@link WasmFunction}, {@link Memory}, {@link
   * Table} or {@link Global}. A later add for the same name replaces the earlier one.
   */
  public Imports add(String module, String name, Object value) {
    if (!(value instanceof WasmFunction
        || value instanceof Memory
        || value instanceof Table
        || value instanceof Global)) {
      throw new IllegalArgumentException(
          "import "
              + module
              + "."
              + name
              + " must be a WasmFunction, Memory, Table or Global, not "
              + (value == null ? "null" : value.getClass().getName()));
    }
    values.computeIfAbsent(module, m -> new LinkedHashMap<>()).put(name, value);
    return this;
  }

  /** The value offered for {@code module.name}, or null when absent. */
  public Object get(String module, String name) {
    Map<String, Object> fields = values.get(module);
    return fields == null ? null : fields.get(name);
  }
}
