package io.github.dylink4j.compiler.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wasm.types.OpCode;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The translator defers exactly the comparisons that can be fused with a branch. */
class ComparisonsTest {
  @Test
  void isComparisonMatchesWhatFusesWithABranch() {
    int comparisons = 0;
    for (OpCode op : OpCode.values()) {
      if (NumericInstructions.signature(op) == null) {
        continue;
      }
      MethodVisitor mv = new ClassWriter(0).visitMethod(Opcodes.ACC_STATIC, "m", "()V", null, null);
      boolean fused = NumericInstructions.emitCompareAndJump(op, true, new Label(), mv);
      assertEquals(fused, NumericInstructions.isComparison(op), op.name());
      comparisons += fused ? 1 : 0;
    }
    // i32/i64: eqz, eq, ne, lt/gt/le/ge signed and unsigned (11 each); f32/f64: 6 each.
    assertEquals(34, comparisons);
  }
}
