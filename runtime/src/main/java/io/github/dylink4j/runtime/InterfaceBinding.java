package io.github.dylink4j.runtime;

import io.github.dylink4j.runtime.internal.BoundCalls;
import io.github.dylink4j.runtime.internal.Functions;
import io.github.dylink4j.runtime.internal.Traps;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.SwitchPoint;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Ownership;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.loading.MultipleParentClassLoader;
import net.bytebuddy.implementation.FixedValue;
import net.bytebuddy.implementation.InvokeDynamic;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Implements {@link Library#bind}: a class generated with Byte Buddy whose methods each hold one
 * {@code invokedynamic} bound to the export's own method handle ({@link BoundCalls}), so a call
 * costs what a call between wasm modules costs. Every method is matched and type-checked when
 * binding, so a mistake shows at once, not at first call.
 *
 * <p>Each binding gets its own class, defined where nothing keeps it alive but its instance: a
 * fresh class loader for a public interface, a hidden class beside a non-public one. Once the
 * binding is dropped, a {@code dlclose}d library's classes can be collected. Calls are guarded by
 * the library's {@link SwitchPoint} (free until invalidated), so a call after {@code dlclose} fails
 * with a clear error.
 */
final class InterfaceBinding {
  private InterfaceBinding() {}

  /** Numbers the generated classes, whose names a stack trace shows. */
  private static final AtomicLong COUNT = new AtomicLong();

  private static final Method BOOTSTRAP;
  private static final MethodHandle UNLOADED;
  private static final MethodHandle BOUNDARY;

  static {
    try {
      BOOTSTRAP =
          BoundCalls.class.getMethod(
              "export", MethodHandles.Lookup.class, String.class, MethodType.class, int.class);
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      UNLOADED =
          lookup.findStatic(
              InterfaceBinding.class,
              "unloaded",
              MethodType.methodType(IllegalStateException.class, String.class));
      BOUNDARY =
          lookup.findStatic(
              Traps.class,
              "boundary",
              MethodType.methodType(RuntimeException.class, Throwable.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static <T> T bind(Library library, Class<T> api) {
    if (!api.isInterface()) {
      throw new IllegalArgumentException(api.getName() + " is not an interface");
    }
    SwitchPoint loaded = library.loaded().loadedSwitch();
    if (library.isUnloaded()) {
      throw new IllegalStateException(library.name() + " was unloaded (dlclose)");
    }
    List<Method> methods = new ArrayList<>();
    List<MethodHandle> targets = new ArrayList<>();
    for (Method method : api.getMethods()) {
      if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      WasmFunction f = export(library, method);
      methods.add(method);
      targets.add(guarded(library, method, f, loaded));
    }
    DynamicType.Builder<Object> builder =
        new ByteBuddy()
            .subclass(Object.class)
            .name(className(api))
            .implement(api)
            .modifiers(Visibility.PUBLIC)
            .defineField(
                BoundCalls.TARGETS, MethodHandle[].class, Visibility.PUBLIC, Ownership.STATIC)
            .method(ElementMatchers.isToString())
            .intercept(FixedValue.value(api.getSimpleName() + " bound to " + library.name()));
    for (int i = 0; i < methods.size(); i++) {
      builder =
          builder
              .method(ElementMatchers.is(methods.get(i)))
              .intercept(InvokeDynamic.bootstrap(BOOTSTRAP, i).withMethodArguments());
    }
    Class<?> generated = define(builder.make(), api);
    try {
      generated.getField(BoundCalls.TARGETS).set(null, targets.toArray(new MethodHandle[0]));
      return api.cast(generated.getConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate the binding of " + api.getName(), e);
    }
  }

  /**
   * Beside the interface, where a non-public interface's binding must live; no class may be defined
   * in a {@code java.} package, so a JDK interface's binding is named in ours.
   */
  private static String className(Class<?> api) {
    String base =
        api.getName().startsWith("java.")
            ? InterfaceBinding.class.getPackageName() + ".bound." + api.getSimpleName()
            : api.getName();
    return base + "$Bound$" + COUNT.incrementAndGet();
  }

  /** The export {@code method} stands for, checked against its signature. */
  private static WasmFunction export(Library library, Method method) {
    WasmFunction f;
    try {
      f = library.function(method.getName());
    } catch (LinkException e) {
      throw new LinkException(
          library.name()
              + ": "
              + describe(method)
              + " matches no exported function ("
              + e.getMessage()
              + ")");
    }
    FuncType wanted = typeOf(library, method);
    if (!f.type().equals(wanted)) {
      throw new LinkException(
          library.name()
              + ": "
              + describe(method)
              + " is "
              + wanted
              + " but the export "
              + method.getName()
              + " is "
              + f.type());
    }
    return f;
  }

  /**
   * The export's exact handle, with traps from inside it reported as {@link WasmFunction#call}
   * reports them, behind the library's switch point.
   */
  private static MethodHandle guarded(
      Library library, Method method, WasmFunction f, SwitchPoint loaded) {
    MethodType type = MethodType.methodType(method.getReturnType(), method.getParameterTypes());
    MethodHandle direct = Functions.handle(f).asType(type);
    MethodHandle rethrow =
        MethodHandles.filterReturnValue(
            BOUNDARY, MethodHandles.throwException(type.returnType(), RuntimeException.class));
    MethodHandle trapping =
        MethodHandles.catchException(
            direct, Throwable.class, MethodHandles.dropArguments(rethrow, 1, type.parameterList()));
    MethodHandle afterUnload =
        MethodHandles.dropArguments(
            MethodHandles.filterReturnValue(
                UNLOADED.bindTo(
                    library.name()
                        + " was unloaded (dlclose): "
                        + describe(method)
                        + " can no longer be called"),
                MethodHandles.throwException(type.returnType(), IllegalStateException.class)),
            0,
            type.parameterList());
    return loaded.guardWithTest(trapping, afterUnload);
  }

  private static IllegalStateException unloaded(String message) {
    return new IllegalStateException(message);
  }

  /**
   * Loads the class where only its instances keep it: in a fresh loader that sees both the
   * interface and this runtime (a public interface), or as a hidden class in the interface's own
   * package (one only its package can implement).
   */
  private static Class<?> define(DynamicType.Unloaded<Object> type, Class<?> api) {
    if (Modifier.isPublic(api.getModifiers())) {
      ClassLoader parent =
          new MultipleParentClassLoader.Builder().append(api, InterfaceBinding.class).build();
      return type.load(parent, ClassLoadingStrategy.Default.WRAPPER).getLoaded();
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(api, MethodHandles.lookup());
      return lookup.defineHiddenClass(type.getBytes(), true).lookupClass();
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalArgumentException(
          api.getName()
              + " is not public and dylink4j-runtime cannot define a class in its package ("
              + e.getMessage()
              + "); make the interface public",
          e);
    }
  }

  private static FuncType typeOf(Library library, Method method) {
    List<ValType> params = new ArrayList<>();
    for (Class<?> p : method.getParameterTypes()) {
      params.add(valType(library, method, p));
    }
    Class<?> r = method.getReturnType();
    List<ValType> results = r == void.class ? List.of() : List.of(valType(library, method, r));
    return FuncType.of(params, results);
  }

  private static ValType valType(Library library, Method method, Class<?> type) {
    if (type == int.class) {
      return ValType.I32;
    } else if (type == long.class) {
      return ValType.I64;
    } else if (type == float.class) {
      return ValType.F32;
    } else if (type == double.class) {
      return ValType.F64;
    }
    throw new LinkException(
        library.name()
            + ": "
            + describe(method)
            + " uses "
            + type.getName()
            + "; only int, long, float and double map to wasm values");
  }

  private static String describe(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}
