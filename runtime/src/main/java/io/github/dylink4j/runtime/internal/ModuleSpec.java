package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ValType;
import java.util.List;
import java.util.Map;

/**
 * Everything the runtime needs to instantiate a compiled module: its imports, declarations and
 * exports, its segments, and the generated class files. Produced by the compiler, consumed by
 * {@link Instantiator}; nothing here refers to the compiler.
 *
 * @param name the module name used in messages
 * @param types the type section
 * @param functionTypes the type of every function, imported ones first
 * @param functionOwners for each function (imports too, as null) the binary name of the generated
 *     class holding its static method {@code f<index>}
 * @param memories declared (not imported) memories
 * @param tables declared (not imported) tables
 * @param globals every global, imported ones first
 * @param dataSegments the bytes of every data segment
 * @param elemSegmentCount how many element segments the module has
 * @param elemFunctions for each element segment made only of {@code ref.func} and {@code ref.null}
 *     items, its function indices (-1 for null), which the runtime turns into function values; null
 *     for other segments, whose values generated code computes
 * @param startFunction the start function's index, or -1
 * @param classes generated class files by binary name
 * @param mainClass binary name of the class whose {@code $init()} initialises the instance
 */
public record ModuleSpec(
    String name,
    List<ImportSpec> imports,
    List<FuncType> types,
    List<FuncType> functionTypes,
    List<String> functionOwners,
    List<Limits> memories,
    List<TableSpec> tables,
    List<GlobalSpec> globals,
    List<ExportSpec> exports,
    List<byte[]> dataSegments,
    int elemSegmentCount,
    List<int[]> elemFunctions,
    int startFunction,
    Map<String, byte[]> classes,
    String mainClass) {

  /** What an import or export refers to. */
  public enum Kind {
    FUNCTION,
    TABLE,
    MEMORY,
    GLOBAL
  }

  /** Size limits; {@code max} is -1 when none is declared. Unsigned 32-bit values as longs. */
  public record Limits(long min, long max) {}

  public record TableSpec(ValType elementType, Limits limits) {}

  /**
   * @param cell true when the global lives in a shared {@link io.github.dylink4j.runtime.Global}
   *     (imported or exported), false when it is a plain static field of the main class
   */
  public record GlobalSpec(ValType type, boolean mutable, boolean imported, boolean cell) {}

  /**
   * @param funcType for functions
   * @param valType global type or table element type
   * @param mutable for globals
   * @param limits for tables and memories
   */
  public record ImportSpec(
      String module,
      String name,
      Kind kind,
      FuncType funcType,
      ValType valType,
      boolean mutable,
      Limits limits) {
    public String qualifiedName() {
      return module + "." + name;
    }
  }

  public record ExportSpec(String name, Kind kind, int index) {}
}
