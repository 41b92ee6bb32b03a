package io.github.dylink4j.runtime.internal;

import java.lang.invoke.MethodHandle;

/**
 * A function whose definition is found or changes after compiled code links to it (a lazily bound
 * import): callers use its handle, typically a {@code MutableCallSite}'s dynamic invoker, which
 * HotSpot inlines through like a constant until the target is set again.
 */
public interface RelinkableFunction {
  /** A handle of type {@code JvmTypes.methodType(type())}. */
  MethodHandle handle();
}
