package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.runtime.internal.Functions;
import io.github.dylink4j.runtime.internal.JvmTypes;
import io.github.dylink4j.runtime.internal.RelinkableFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.function.Function;

/**
 * Stands for a function import that nothing defined when its library was instantiated (a weak
 * undefined function, or any missing function under RTLD_LAZY, or one defined by a library of the
 * same load that is instantiated later). Compiled code calls it through a {@link MutableCallSite}:
 * until the symbol is found, its target looks the symbol up on each call (so a library loaded later
 * can provide it) and traps with a message naming the symbol and the library while it is missing;
 * once found, the target becomes the definition's own method handle, so the call is as direct as an
 * import bound at instantiation. That target is guarded by the provider's {@link
 * LoadedLibrary#loadedSwitch}: when the provider is unloaded, calls look the symbol up again.
 */
final class LazyFunction implements WasmFunction, RelinkableFunction {
  private static final MethodHandle LINK;

  static {
    try {
      LINK =
          MethodHandles.lookup()
              .findVirtual(LazyFunction.class, "link", MethodType.methodType(MethodHandle.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final FuncType type;
  private final String symbol;
  private final LoadedLibrary neededBy;
  private final boolean weak;
  private final Function<LazyFunction, Symbol> resolver;
  private volatile Symbol target;

  /**
   * Made when compiled code first links to this function (most stubs of a big program are never
   * called), with {@link #unresolved}: resolves, relinks the site and calls the definition (or
   * traps).
   */
  private MutableCallSite site;

  private MethodHandle unresolved;
  private MethodHandle invoker;

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

  /**
   * The definition, looked up again when unknown or when its library was unloaded; once found,
   * compiled callers are relinked to it.
   */
  Symbol resolve() {
    Symbol t = target;
    if (t == null || t.owner().isUnloaded()) {
      t = resolver.apply(this);
      target = t;
      if (t != null) {
        t.owner().addLazyCaller(this);
      }
      relink(t);
    }
    return t;
  }

  /**
   * Points compiled callers at the definition, or back at the slow path. A racing resolution of an
   * older provider installs a guard already invalidated: harmless.
   */
  private synchronized void relink(Symbol t) {
    if (site != null) {
      site.setTarget(t == null ? unresolved : direct(t));
    }
  }

  /** Forgets a definition of {@code provider}, which is being unloaded, so its classes can go. */
  synchronized void unlink(LoadedLibrary provider) {
    Symbol t = target;
    if (t != null && t.owner() == provider) {
      target = null;
      relink(null);
    }
  }

  private MethodHandle direct(Symbol t) {
    return t.owner().loadedSwitch().guardWithTest(Functions.handle(t.function()), unresolved);
  }

  /** The slow path's first step: the handle to call now, or a trap while the symbol is missing. */
  private MethodHandle link() {
    Symbol t = resolve();
    if (t == null) {
      throw undefined();
    }
    return Functions.handle(t.function());
  }

  private WasmTrap undefined() {
    return new WasmTrap("undefined symbol: " + symbol + " (needed by " + neededBy.name + ")");
  }

  /** What compiled code calls: of type {@code JvmTypes.methodType(type())}, relinked when found. */
  @Override
  public synchronized MethodHandle handle() {
    if (site == null) {
      MethodType jvmType = JvmTypes.methodType(type);
      unresolved =
          MethodHandles.foldArguments(MethodHandles.exactInvoker(jvmType), LINK.bindTo(this));
      Symbol t = target;
      site = new MutableCallSite(t == null ? unresolved : direct(t));
      invoker = site.dynamicInvoker();
    }
    return invoker;
  }

  @Override
  public FuncType type() {
    return type;
  }

  @Override
  public Object[] call(Object... args) {
    Symbol t = resolve();
    if (t == null) {
      throw undefined();
    }
    return t.function().call(args);
  }

  @Override
  public String toString() {
    return "lazy " + symbol + " of " + neededBy.name;
  }
}
