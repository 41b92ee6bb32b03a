package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.OpCode;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ValType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Splits one large wasm function across several JVM methods ("chunks"), so that no method comes
 * near the JVM's 64 KB limit or HotSpot's 8,000-byte JIT limit.
 *
 * <p>A dry run of the ordinary translator (into a no-op visitor, so it also validates) records, at
 * every instruction, the control depth, the operand-stack height above the innermost block's base
 * and whether code there is live. A block body splits at points where its own operand stack is
 * empty and code is live; the pieces between such points are grouped, in order, into chunks of at
 * most {@link #budget} estimated bytes, recursing into nested blocks that are too large themselves,
 * and grouping chunk calls again (chunks of chunks) while a level is still over budget. The plan is
 * a laminar family of instruction ranges, each translated as a static method {@code (long[] frame,
 * Object[] refs) -> int} whose result says how control leaves it: 0 falls through, k > 0 branches
 * to its k-th outer label (or returns); carried values go through the frame. See {@code
 * compiler/RATIONALE.md}, "Functions of any size".
 */
final class FunctionSplitter {
  /** Functions estimated above this many bytes of bytecode are split. */
  static final int LARGE = Integer.getInteger("dylink4j.split.threshold", 6_000);

  /** Target size of every method of a split function, in estimated bytes of bytecode. */
  static final int BUDGET = Integer.getInteger("dylink4j.split.budget", 2_500);

  /**
   * A {@code br_table} with at least this many labels is taken for an interpreter's dispatch (C's
   * {@code switch} over opcodes: a nest of hundreds of blocks with the handlers after their ends).
   */
  static final int DISPATCH_LABELS = 64;

  /** Estimated bytes of a chunk call before its dispatch. */
  private static final int CALL_COST = 12;

  /** Estimated bytes of a call of a chunk that never falls through (shared exit dispatch). */
  private static final int SHARED_CALL_COST = 10;

  /** A chunk: instructions [start, end) at control depth {@code depth}. */
  record Span(int start, int end, int depth, int cost) {}

  final ModuleInfo module;
  final int functionIndex;
  final FunctionBody body;
  final List<AnnotatedInstruction> code;
  final FrameLocals locals;
  final ChunkClasses classes;
  private final int budget;
  private final int nestHalves;

  /** Half budgets a dispatch level may grow to in the attempt to keep the whole nest together. */
  static final int WHOLE_NEST_HALVES = 5;

  private final int minChunk;

  private final int[] depth;
  private final int[] height;
  private final boolean[] dead;
  private final boolean[] unreachable;
  private final int[] endOf;
  private final int[] elseOf;

  /** dispatches[i]: how many dispatch {@code br_table}s come before instruction i. */
  private final int[] dispatches;

  private final Map<Integer, List<Span>> spans = new HashMap<>();
  private int chunkCount;
  private final int unsplitSize;

  /** HotSpot's HugeMethodLimit: bigger methods are never JIT-compiled. */
  static final int JIT_LIMIT = 8_000;

  /** Whether the function holds an interpreter dispatch {@code br_table}. */
  boolean hasDispatch() {
    return dispatches[code.size()] > 0;
  }

  /**
   * Whether splitting is needed: the ordinary one-method translation would not be JIT-compiled (or
   * not fit at all). Functions between the estimate and this keep the faster ordinary shape.
   */
  boolean needed() {
    return LARGE == 0 || unsplitSize > JIT_LIMIT;
  }

  static boolean isLarge(ModuleInfo module, FunctionBody body) {
    long total = 0;
    for (AnnotatedInstruction ins : body.instructions()) {
      total += cost(module, ins);
      if (total > LARGE) {
        return true;
      }
    }
    return false;
  }

  FunctionSplitter(
      ModuleInfo module, int functionIndex, FunctionBody body, ChunkClasses classes, int budget) {
    this(module, functionIndex, body, classes, budget, 3);
  }

  /**
   * {@code nestHalves}: how many half budgets a level holding a dispatch {@code br_table} may grow
   * to before its nest is cut (3 by default; more keeps the loop head and the dispatch in one
   * method, see {@link #tryWholeNest}).
   */
  FunctionSplitter(
      ModuleInfo module,
      int functionIndex,
      FunctionBody body,
      ChunkClasses classes,
      int budget,
      int nestHalves) {
    this.nestHalves = nestHalves;
    this.module = module;
    this.functionIndex = functionIndex;
    this.body = body;
    this.code = body.instructions();
    this.classes = classes;
    this.budget = budget;
    this.minChunk = Math.min(4 * CALL_COST, budget);
    int n = code.size();
    depth = new int[n + 1];
    height = new int[n + 1];
    dead = new boolean[n + 1];
    unreachable = new boolean[n + 1];
    endOf = new int[n];
    elseOf = new int[n];
    dispatches = new int[n + 1];
    for (int i = 0; i < n; i++) {
      AnnotatedInstruction ins = code.get(i);
      boolean dispatch =
          ins.opcode() == OpCode.BR_TABLE && ins.operands().length >= DISPATCH_LABELS;
      dispatches[i + 1] = dispatches[i] + (dispatch ? 1 : 0);
    }
    // Dry run: validates the body (errors are the ordinary translator's) and records the shape.
    // Into a real method writer, so the ordinary translation's size is measured too.
    MethodSizes size = new MethodSizes();
    MethodVisitor measuring =
        size.measure(
            new org.objectweb.asm.ClassWriter(0)
                .visitMethod(Opcodes.ACC_STATIC, "dry", "()V", null, null));
    FunctionTranslator dry = new FunctionTranslator(module, functionIndex, body, measuring);
    dry.observer =
        (i, d, h, isDead, isUnreachable) -> {
          depth[i] = d;
          height[i] = h;
          dead[i] = isDead;
          unreachable[i] = isUnreachable;
        };
    dry.translate();
    this.unsplitSize = size.largest();
    matchBlocks();
    FuncType type = module.functionTypes.get(functionIndex);
    List<ValType> localTypes = new ArrayList<>(type.params());
    for (var t : body.localTypes()) {
      localTypes.add(ModuleInfo.valType(t));
    }
    this.locals = new FrameLocals(localTypes, maxArity(type));
    if (n > 0) {
      plan(0, n - 1, 1);
    }
  }

  int chunkCount() {
    return chunkCount;
  }

  boolean deadAt(int i) {
    return dead[i];
  }

  boolean unreachableAt(int i) {
    return unreachable[i];
  }

  /**
   * The chunk to translate at instruction {@code i} by a translator that is itself translating
   * {@code inside} (null: the function's own method), or null.
   */
  Span spanAt(int i, Span inside) {
    List<Span> list = spans.get(i);
    if (list == null) {
      return null;
    }
    if (inside != null && inside.start() == i) {
      int k = list.indexOf(inside) + 1;
      return k < list.size() ? list.get(k) : null;
    }
    return list.get(0);
  }

  private int named;

  /** A fresh method name for the next chunk (spans can share a start, so no index-based name). */
  String nextChunkName() {
    return "f" + functionIndex + "$" + named++;
  }

  // ------------------------------------------------------------------ locals per method

  /**
   * The locals a piece of code reads and writes. Each method of a split function keeps the locals
   * its own code touches in JVM locals (loaded from the frame at entry) and syncs with the frame
   * only around chunk calls and on the way out; these sets say which.
   */
  record LocalUse(BitSet read, BitSet written) {
    LocalUse() {
      this(new BitSet(), new BitSet());
    }

    BitSet used() {
      BitSet u = (BitSet) read.clone();
      u.or(written);
      return u;
    }

    void add(AnnotatedInstruction ins) {
      switch (ins.opcode()) {
        case LOCAL_GET:
          read.set((int) ins.operand(0));
          break;
        case LOCAL_SET:
        case LOCAL_TEE:
          written.set((int) ins.operand(0));
          break;
        default:
          break;
      }
    }

    void addAll(LocalUse other) {
      read.or(other.read);
      written.or(other.written);
    }
  }

  private final Map<Span, LocalUse> useOf = new HashMap<>();

  /** What a call of the span may read and write: its code and all chunks nested in it. */
  LocalUse use(Span span) {
    LocalUse known = useOf.get(span);
    if (known != null) {
      return known;
    }
    LocalUse u = new LocalUse();
    for (int i = span.start(); i < span.end(); i++) {
      Span inner = spanAt(i, span);
      if (inner != null) {
        u.addAll(use(inner));
        i = inner.end() - 1;
      } else {
        u.add(code.get(i));
      }
    }
    useOf.put(span, u);
    return u;
  }

  /**
   * What the method translating {@code [from, to)} (the chunk {@code inside}, or null for the
   * function's own method) touches itself, nested chunks left out. Walks the range exactly as the
   * translator does.
   */
  LocalUse own(int from, int to, Span inside) {
    LocalUse u = new LocalUse();
    for (int i = from; i < to; i++) {
      Span inner = spanAt(i, inside);
      if (inner != null) {
        i = inner.end() - 1;
      } else {
        u.add(code.get(i));
      }
    }
    return u;
  }

  /**
   * The locals that the chunks called directly by the method translating {@code [from, to)} (the
   * chunk {@code inside}, or null for the function's own method) may write, with all they call.
   */
  BitSet childWrites(int from, int to, Span inside) {
    return children(from, to, inside).written();
  }

  /** What the chunks called directly by that method may read and write, with all they call. */
  LocalUse children(int from, int to, Span inside) {
    LocalUse u = new LocalUse();
    for (int i = from; i < to; i++) {
      Span inner = spanAt(i, inside);
      if (inner != null) {
        u.addAll(use(inner));
        i = inner.end() - 1;
      }
    }
    return u;
  }

  /**
   * The locals written by the method translating {@code inside} (null: the function's own) in the
   * block, loop or if that starts at instruction {@code i}, nested chunks left out.
   */
  BitSet ownWritesOfBlock(int i, Span inside) {
    return own(i, endOf[i] + 1, inside).written();
  }

  // ------------------------------------------------------------------ planning

  private void matchBlocks() {
    ArrayDeque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < code.size(); i++) {
      OpCode op = code.get(i).opcode();
      elseOf[i] = -1;
      if (op == OpCode.BLOCK || op == OpCode.LOOP || op == OpCode.IF) {
        open.push(i);
      } else if (op == OpCode.ELSE && !open.isEmpty()) {
        elseOf[open.peek()] = i;
      } else if (op == OpCode.END && !open.isEmpty()) {
        endOf[open.pop()] = i;
      }
    }
  }

  private int maxArity(FuncType type) {
    int max = type.results().size();
    for (AnnotatedInstruction ins : code) {
      OpCode op = ins.opcode();
      if (op == OpCode.BLOCK || op == OpCode.LOOP || op == OpCode.IF) {
        long bt = ins.operand(0);
        if (bt >= 0 && bt < module.types.size()) {
          FuncType t = module.types.get((int) bt);
          max = Math.max(max, Math.max(t.params().size(), t.results().size()));
        } else {
          max = Math.max(max, 1);
        }
      }
    }
    return max;
  }

  private boolean startOk(int i, int d) {
    return depth[i] == d && height[i] == 0 && !dead[i];
  }

  private boolean endOk(int i, int d) {
    return depth[i] == d && height[i] == 0;
  }

  /** One piece of a block body: [start, end) and its estimated cost once its insides are split. */
  private record Item(
      int start, int end, int cost, boolean chunkable, boolean chunk, boolean dispatch) {}

  /**
   * Plans the block body [s, e) at depth d (e is its END or ELSE) and returns the estimated cost of
   * what remains inline in the enclosing method.
   */
  private int plan(int s, int e, int d) {
    List<Item> items = new ArrayList<>();
    int segStart = s;
    int cost = 0;
    int i = s;
    while (i < e) {
      if (i > segStart && startOk(i, d)) {
        items.add(item(segStart, i, cost, d));
        segStart = i;
        cost = 0;
      }
      OpCode op = code.get(i).opcode();
      cost += cost(module, code.get(i));
      if (op == OpCode.BLOCK || op == OpCode.LOOP || op == OpCode.IF) {
        int end = endOf[i];
        int els = elseOf[i];
        if (els < 0) {
          cost += plan(i + 1, end, d + 1);
        } else {
          cost += plan(i + 1, els, d + 1) + cost(code.get(els)) + plan(els + 1, end, d + 1);
        }
        cost += cost(code.get(end));
        i = end + 1;
      } else {
        i++;
      }
    }
    if (i > segStart) {
      items.add(item(segStart, e, cost, d));
    }
    return group(items, d);
  }

  private Item item(int start, int end, int cost, int d) {
    return new Item(
        start, end, cost, startOk(start, d) && endOk(end, d), false, holdsDispatch(start, end));
  }

  private boolean holdsDispatch(int start, int end) {
    return dispatches[end] > dispatches[start];
  }

  /**
   * Groups consecutive chunkable items into chunks while the level is over budget. Items holding a
   * dispatch {@code br_table} are chunked last: in an interpreter loop every instruction goes from
   * the loop head down the block nest to the {@code br_table} and back, so each level of that nest
   * that became a chunk costs a call (loading and storing locals) per interpreted instruction,
   * while a handler chunked on its own costs a call only when that opcode runs. Chunking the
   * handlers first keeps the nest in few methods (CPython's eval loop: 280 nested blocks). For the
   * same reason a level of that nest chunks its handlers even when under budget (its methods then
   * hold little but the nest and calls) and may grow to 1.5 budgets before the nest itself is
   * chunked (estimates run ~1.6x below the real size: still under HotSpot's 8,000-byte limit).
   */
  private int group(List<Item> items, int d) {
    boolean nest = false;
    for (Item it : items) {
      nest |= it.dispatch();
    }
    int limit = nest ? budget * nestHalves / 2 : budget;
    boolean spareDispatch = true;
    boolean firstPass = true;
    while (true) {
      int total = 0;
      for (Item it : items) {
        total += it.cost();
      }
      if (total <= limit && !(nest && firstPass)) {
        return total;
      }
      firstPass = false;
      List<Item> next = new ArrayList<>();
      boolean changed = false;
      int k = 0;
      while (k < items.size()) {
        Item first = items.get(k);
        // An item over budget on its own still becomes a chunk: otherwise its cost would add up
        // in every enclosing level (a 1,000-deep nest would end up in one method).
        if (!first.chunkable() || (spareDispatch && first.dispatch())) {
          next.add(first);
          k++;
          continue;
        }
        int sum = first.cost();
        int m = k + 1;
        while (m < items.size()
            && items.get(m).chunkable()
            && !(spareDispatch && items.get(m).dispatch())
            && sum + items.get(m).cost() <= budget) {
          sum += items.get(m).cost();
          m++;
        }
        boolean worth = m - k >= 2 || (!first.chunk() && first.cost() >= minChunk);
        if (!worth) {
          next.add(first);
          k++;
          continue;
        }
        Item last = items.get(m - 1);
        Span span = new Span(first.start(), last.end(), d, sum);
        // Outer spans first: a span created later at the same start encloses the earlier ones.
        spans.computeIfAbsent(span.start(), x -> new ArrayList<>()).add(0, span);
        chunkCount++;
        // Exits beyond the caller pass straight on; the caller dispatches only its own frames.
        // After the call the caller reloads the locals the chunk may write that it uses itself,
        // unknown here: counted at half.
        // A chunk that never falls through usually ends in its caller's shared exit dispatch: a
        // call and a jump (FunctionTranslator.joinsSharedExit).
        int callCost =
            dead[span.end()]
                ? SHARED_CALL_COST
                : CALL_COST
                    + 8 * Math.min(exits(span).cardinality(), 16)
                    + 4 * Math.min(use(span).written().cardinality(), 16);
        next.add(
            new Item(
                span.start(),
                span.end(),
                callCost,
                true,
                true,
                holdsDispatch(span.start(), span.end())));
        changed = true;
        k = m;
      }
      items = next;
      if (!changed) {
        if (!spareDispatch) {
          return total;
        }
        spareDispatch = false;
      }
    }
  }

  /** The frame indices (0 = function) that branches in the span target outside it. */
  BitSet exits(Span span) {
    BitSet out = new BitSet();
    for (int i = span.start(); i < span.end(); i++) {
      AnnotatedInstruction ins = code.get(i);
      switch (ins.opcode()) {
        case BR:
        case BR_IF:
          target(out, i, ins.operand(0), span.depth());
          break;
        case BR_TABLE:
          for (long l : ins.operands()) {
            target(out, i, l, span.depth());
          }
          break;
        case RETURN:
          out.set(0);
          break;
        default:
          break;
      }
    }
    return out;
  }

  private void target(BitSet out, int i, long label, int d) {
    long t = depth[i] - 1 - label;
    if (t >= 0 && t < d) {
      out.set((int) t);
    }
  }

  /** Estimated bytes of bytecode for one instruction, a call_indirect's inline arms included. */
  static int cost(ModuleInfo module, AnnotatedInstruction ins) {
    int c = cost(ins);
    if (ins.opcode() == OpCode.CALL_INDIRECT) {
      c += module.indirect.extraCost((int) ins.operand(0), (int) ins.operand(1));
    }
    return c;
  }

  /** Estimated bytes of bytecode for one instruction in a split function. */
  static int cost(AnnotatedInstruction ins) {
    switch (ins.opcode()) {
      case NOP:
      case BLOCK:
      case LOOP:
      case END:
        return 1;
      case LOCAL_GET:
      case LOCAL_SET:
        return 8;
      case LOCAL_TEE:
        return 9;
      case BR_TABLE:
        return 24 + 4 * Math.min(ins.operands().length, 1024);
      case CALL:
      case CALL_INDIRECT:
        return 12;
      case I32_CONST:
      case I64_CONST:
      case F32_CONST:
      case F64_CONST:
      case GLOBAL_GET:
      case GLOBAL_SET:
        return 3;
      default:
        return 6;
    }
  }
}
