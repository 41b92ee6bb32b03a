package io.github.dylink4j.runtime.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The {@code invokedynamic} bootstrap of the classes {@code Library.bind} generates: method {@code
 * index} of such a class is bound once to the handle at that index of its static field {@link
 * #TARGETS}, so a call through a bound interface is a direct, inlinable call of the export (no
 * reflection, no boxing).
 */
public final class BoundCalls {
  private BoundCalls() {}

  /**
   * The static {@code MethodHandle[]} field of a generated class holding its targets. A field of
   * the class rather than a registry here: the targets then live exactly as long as the class.
   */
  public static final String TARGETS = "dylink4j$targets";

  public static CallSite export(
      MethodHandles.Lookup lookup, String name, MethodType type, int index) throws Throwable {
    MethodHandle[] targets =
        (MethodHandle[])
            lookup.findStaticGetter(lookup.lookupClass(), TARGETS, MethodHandle[].class).invoke();
    return new ConstantCallSite(targets[index].asType(type));
  }
}
