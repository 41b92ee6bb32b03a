package io.github.dylink4j.compiler.translate;

import io.github.dylink4j.runtime.ValType;
import java.util.List;
import org.objectweb.asm.Label;

/**
 * One entry of the control stack: the validation state of a block (its types, the operand-stack
 * height at entry, whether the rest of it is unreachable) plus its JVM labels and liveness.
 */
final class ControlFrame {
  enum Kind {
    FUNCTION,
    BLOCK,
    LOOP,
    IF,
    ELSE
  }

  Kind kind;
  final List<ValType> params;
  final List<ValType> results;

  /** Operand-stack height below the block's params. */
  final int height;

  /** Validation: the rest of the block is stack-polymorphic (after br, return, unreachable). */
  boolean unreachable;

  /** Emission: no code is generated because control cannot reach this point. */
  boolean dead;

  /** Emission: control cannot even reach the block's start. */
  final boolean entryDead;

  /** Branch target: the loop start, or the block end. */
  final Label label = new Label();

  /** For if: where the false condition jumps. */
  final Label elseLabel = new Label();

  /** Some emitted branch jumps to {@link #label} (block end). */
  boolean endTargeted;

  ControlFrame(
      Kind kind, List<ValType> params, List<ValType> results, int height, boolean entryDead) {
    this.kind = kind;
    this.params = params;
    this.results = results;
    this.height = height;
    this.entryDead = entryDead;
    this.dead = entryDead;
  }

  /** The types a branch to this frame carries. */
  List<ValType> labelTypes() {
    return kind == Kind.LOOP ? params : results;
  }
}
