package io.github.dylink4j.compiler;

import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.MalformedException;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.dylink4j.compiler.translate.ModuleTranslator;
import io.github.dylink4j.runtime.ModuleImage;

/**
 * Compiles a wasm binary into a {@link ModuleImage}: Chicory decodes it ({@link ModuleParser}, the
 * function bodies of a large module on several threads), then {@link ModuleTranslator} validates
 * the module and each function body while translating it into JVM bytecode (function classes in
 * parallel, each checked by the JVM's verifier).
 */
public final class Compiler {
  private Compiler() {}

  public static ModuleImage compile(byte[] wasm) {
    return compile(wasm, "module");
  }

  /**
   * @param moduleName used in error messages and in the generated class names
   */
  public static ModuleImage compile(byte[] wasm, String moduleName) {
    WasmModule module = parse(wasm, moduleName);
    return new ModuleImage(new ModuleTranslator(module, moduleName, wasm).translate());
  }

  private static WasmModule parse(byte[] wasm, String moduleName) {
    try {
      // Chicory's own validator rejects some valid modules; ours (ModuleValidator, ConstExpr and
      // FunctionTranslator) implements the Wasm 2.0 rules and is checked by the spec suite.
      return ModuleParser.parse(wasm);
    } catch (MalformedException e) {
      throw new CompileException(
          CompileException.Kind.MALFORMED, moduleName + ": " + e.getMessage(), e);
    } catch (InvalidException e) {
      throw new CompileException(
          CompileException.Kind.INVALID, moduleName + ": " + e.getMessage(), e);
    } catch (CompileException e) {
      throw e;
    } catch (RuntimeException e) {
      // The decoder signals truncated or garbled input in several ways.
      throw new CompileException(
          CompileException.Kind.MALFORMED,
          moduleName + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          e);
    }
  }
}
