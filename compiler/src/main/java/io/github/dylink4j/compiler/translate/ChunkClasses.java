package io.github.dylink4j.compiler.translate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The classes that hold the chunk methods of one function class's split functions. A huge
 * function's chunks do not all fit one class (65,535 constant-pool entries: a 640 KB relocation
 * function alone has ~80,000 distinct constants), so a new class is started whenever the current
 * one holds {@link #CLASS_BUDGET} estimated bytes of bytecode.
 */
final class ChunkClasses {
  /** Estimated bytecode per chunk class: at worst ~1 constant per 2 bytes stays under 65,535. */
  static final int CLASS_BUDGET = 60_000;

  static final String CHUNK_DESC = "([J[Ljava/lang/Object;)I";

  private final String ownerPrefix;
  private final Function<String, ClassWriter> newClass;
  private final Map<String, ClassWriter> writers = new LinkedHashMap<>();
  private ClassWriter current;
  private String currentName;
  private int used;
  private int methods;

  /** Wraps each chunk method's visitor (a trial translation measures their sizes). */
  java.util.function.UnaryOperator<MethodVisitor> methodWrapper = mv -> mv;

  ChunkClasses(String owner, Function<String, ClassWriter> newClass) {
    this.ownerPrefix = owner + "C";
    this.newClass = newClass;
  }

  /** A method of a chunk class; its owner is {@link #owner()} as of this call. */
  MethodVisitor newChunk(String name, int estimatedBytes) {
    if (current == null || (used > 0 && used + estimatedBytes > CLASS_BUDGET)) {
      currentName = ownerPrefix + writers.size();
      current = newClass.apply(currentName);
      writers.put(currentName, current);
      used = 0;
    }
    used += estimatedBytes;
    methods++;
    return methodWrapper.apply(
        current.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC, name, CHUNK_DESC, null, null));
  }

  String owner() {
    return currentName;
  }

  int methodCount() {
    return methods;
  }

  /** The chunk classes, by internal name. */
  Map<String, ClassWriter> writers() {
    return writers;
  }
}
