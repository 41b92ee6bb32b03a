package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import io.github.dylink4j.runtime.ValType;
import java.util.List;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Constant expressions (global initialisers, segment offsets and element items): validated against
 * Wasm 2.0's rules and emitted into the instance initialiser.
 */
final class ConstExpr {
  private ConstExpr() {}

  /**
   * Validates {@code expr} and emits code leaving its value on the stack.
   *
   * @param visibleGlobals how many globals the expression may read (2.0: global initialisers see
   *     only imported globals)
   * @param what names the expression in errors
   */
  static void emit(
      ModuleInfo module,
      MethodVisitor mv,
      List<Instruction> expr,
      ValType expected,
      int visibleGlobals,
      String what) {
    ValType produced = null;
    int count = 0;
    for (Instruction ins : expr) {
      if (ins.opcode() == OpCode.END) {
        break;
      }
      count++;
      if (count > 1) {
        throw module.invalid(what + ": type mismatch (constant expression leaves several values)");
      }
      OpCode op = ins.opcode();
      switch (op) {
        case I32_CONST:
        case I64_CONST:
        case F32_CONST:
        case F64_CONST:
          produced = NumericInstructions.signature(op).result();
          NumericInstructions.emit(ins, mv);
          break;
        case REF_NULL:
          long code = ins.operand(0);
          produced =
              (code == -16 || code == 0x70)
                  ? ValType.FUNCREF
                  : (code == -17 || code == 0x6F) ? ValType.EXTERNREF : null;
          if (produced == null) {
            throw module.invalid(what + ": malformed reference type");
          }
          mv.visitInsn(Opcodes.ACONST_NULL);
          break;
        case REF_FUNC:
          int f = (int) ins.operand(0);
          if (f < 0 || f >= module.functionTypes.size()) {
            throw module.invalid(what + ": unknown function " + f);
          }
          produced = ValType.FUNCREF;
          module.emitFunctionRef(mv, f);
          break;
        case GLOBAL_GET:
          int g = (int) ins.operand(0);
          if (g < 0 || g >= visibleGlobals) {
            throw module.invalid(what + ": unknown global " + g);
          }
          if (module.globals.get(g).mutable()) {
            throw module.invalid(what + ": constant expression required");
          }
          produced = module.globals.get(g).type();
          module.emitGlobalGet(mv, g);
          break;
        default:
          throw module.invalid(what + ": constant expression required");
      }
    }
    if (produced == null) {
      throw module.invalid(what + ": type mismatch (empty constant expression)");
    }
    if (produced != expected) {
      throw module.invalid(
          what
              + ": type mismatch (expected "
              + expected.wasmName()
              + ", found "
              + produced.wasmName()
              + ")");
    }
  }
}
