package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.util.function.Function;

/**
 * Stands for a function import that nothing defined when its library was instantiated (a weak
 * undefined function, or any missing function under RTLD_LAZY, or one defined by a library of the
 * same load that is instantiated later). It looks the symbol up on each call until found, so a
 * library loaded later can provide it, and traps with a message naming the symbol and the library
 * when it is still missing.
 */
final class LazyFunction implements WasmFunction {
  private final FuncType type;
  private final String symbol;
  private final LoadedLibrary neededBy;
  private final boolean weak;
  private final Function<LazyFunction, Symbol> resolver;
  private volatile Symbol target;

  LazyFunction(
      FuncType type,
      String symbol,
      LoadedLibrary neededBy,
      boolean weak,
      Function<LazyFunction, Symbol> resolver) {
    this.type = type;
    this.symbol = symbol;
    this.neededBy = neededBy;
    this.weak = weak;
    this.resolver = resolver;
  }

  String symbol() {
    return symbol;
  }

  LoadedLibrary neededBy() {
    return neededBy;
  }

  boolean weak() {
    return weak;
  }

  FuncType importType() {
    return type;
  }

  /** The definition, looked up again when unknown or when its library was unloaded. */
  Symbol resolve() {
    Symbol t = target;
    if (t == null || t.owner().isUnloaded()) {
      t = resolver.apply(this);
      target = t;
    }
    return t;
  }

  @Override
  public FuncType type() {
    return type;
  }

  @Override
  public Object[] call(Object... args) {
    Symbol t = resolve();
    if (t == null) {
      throw new WasmTrap("undefined symbol: " + symbol + " (needed by " + neededBy.name + ")");
    }
    return t.function().call(args);
  }

  @Override
  public String toString() {
    return "lazy " + symbol + " of " + neededBy.name;
  }
}
