package io.github.dylink4j.runtime.internal;

import java.util.Map;

/**
 * Defines the generated classes of one module instance. Each instance gets its own loader, so the
 * generated classes can keep that instance's state in {@code static final} fields, which the JIT
 * treats as constants.
 */
public final class InstanceClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes;
  private final InstanceContext context;

  InstanceClassLoader(ClassLoader parent, Map<String, byte[]> classes, InstanceContext context) {
    super("wasm:" + context.name(), parent);
    this.classes = classes;
    this.context = context;
  }

  public InstanceContext context() {
    return context;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
