package io.github.dylink4j.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Implements {@link Library#bind}: a {@link Proxy} whose methods call the library's exports. Every
 * method is matched and type-checked when binding, so a mistake shows at once, not at first call.
 */
final class InterfaceBinding {
  private InterfaceBinding() {}

  static <T> T bind(Library library, Class<T> api) {
    if (!api.isInterface()) {
      throw new IllegalArgumentException(api.getName() + " is not an interface");
    }
    Map<Method, WasmFunction> targets = new HashMap<>();
    for (Method method : api.getMethods()) {
      if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
        continue;
      }
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
      targets.put(method, f);
    }
    InvocationHandler handler =
        (proxy, method, args) -> {
          WasmFunction f = targets.get(method);
          if (f != null) {
            Object[] results = f.call(args == null ? new Object[0] : args);
            return results.length == 0 ? null : results[0];
          }
          if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          switch (method.getName()) {
            case "toString":
              return api.getSimpleName() + " bound to " + library.name();
            case "hashCode":
              return System.identityHashCode(proxy);
            case "equals":
              return proxy == args[0];
            default:
              throw new UnsupportedOperationException(method.toString());
          }
        };
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
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
