package io.github.dylink4j.maven;

import java.io.ByteArrayOutputStream;
import java.util.Random;

/**
 * A valid wasm module of about the requested size for compile-throughput measurements: many
 * functions of mixed i32/i64 arithmetic, blocks, loops, branches, memory access and calls, the
 * instruction mix of compiled C. Deterministic for a given seed. Never run, only compiled.
 */
final class LargeModule {
  private LargeModule() {}

  static byte[] generate(int targetBytes, long seed) {
    Random r = new Random(seed);
    ByteArrayOutputStream code = new ByteArrayOutputStream();
    int functions = 0;
    ByteArrayOutputStream bodies = new ByteArrayOutputStream();
    while (bodies.size() < targetBytes - 64) {
      byte[] body = body(r, functions);
      leb(bodies, body.length);
      bodies.writeBytes(body);
      functions++;
    }
    leb(code, functions);
    code.writeBytes(bodies.toByteArray());

    ByteArrayOutputStream m = new ByteArrayOutputStream();
    m.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
    // type 0: (i32 i32) -> i32
    section(m, 1, new byte[] {1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f});
    ByteArrayOutputStream funcs = new ByteArrayOutputStream();
    leb(funcs, functions);
    for (int i = 0; i < functions; i++) {
      funcs.write(0);
    }
    section(m, 3, funcs.toByteArray());
    section(m, 5, new byte[] {1, 0, 1}); // one memory, min 1 page
    section(m, 7, new byte[] {1, 2, 'f', '0', 0, 0}); // export "f0"
    section(m, 10, code.toByteArray());
    return m.toByteArray();
  }

  /** Locals: 0,1 params (i32); 2..5 i32; 6,7 i64. Ends with the i32 result. */
  private static byte[] body(Random r, int self) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {2, 4, 0x7f, 2, 0x7e});
    int statements = 20 + r.nextInt(40);
    for (int s = 0; s < statements; s++) {
      int a = r.nextInt(6);
      int c = r.nextInt(6);
      switch (r.nextInt(7)) {
        case 0 -> { // c = a + k
          get(b, a);
          b.write(0x41);
          sleb(b, r.nextInt(2000) - 1000);
          b.write(0x6a + r.nextInt(3)); // add, sub, mul
          set(b, c);
        }
        case 1 -> { // i64: l6 = l6 * extend(a) ^ l7
          get(b, 6);
          get(b, a);
          b.write(0xad); // i64.extend_i32_u
          b.write(0x7e); // i64.mul
          get(b, 7);
          b.write(0x85); // i64.xor
          set(b, 6 + r.nextInt(2));
        }
        case 2 -> { // block: if a, skip c = c * 3
          b.write(0x02);
          b.write(0x40);
          get(b, a);
          b.writeBytes(new byte[] {0x0d, 0}); // br_if 0
          get(b, c);
          b.writeBytes(new byte[] {0x41, 3, 0x6c});
          set(b, c);
          b.write(0x0b);
        }
        case 3 -> { // counted loop on a local
          int l = 2 + r.nextInt(4);
          b.writeBytes(new byte[] {0x02, 0x40, 0x03, 0x40});
          get(b, l);
          b.writeBytes(new byte[] {0x45, 0x0d, 1}); // i32.eqz, br_if 1
          get(b, l);
          b.writeBytes(new byte[] {0x41, 1, 0x6b}); // - 1
          set(b, l);
          b.writeBytes(new byte[] {0x0c, 0, 0x0b, 0x0b}); // br 0, end, end
        }
        case 4 -> { // store a at (c & 1023)
          get(b, c);
          b.writeBytes(new byte[] {0x41, (byte) 0xff, 0x07, 0x71});
          get(b, a);
          b.writeBytes(new byte[] {0x36, 2, 0});
        }
        case 5 -> { // c = load (a & 1023)
          get(b, a);
          b.writeBytes(new byte[] {0x41, (byte) 0xff, 0x07, 0x71, 0x28, 2, 0});
          set(b, c);
        }
        default -> { // c = call f(a, c) of an earlier function
          get(b, a);
          get(b, c);
          b.write(0x10);
          leb(b, self == 0 ? 0 : r.nextInt(self));
          set(b, c);
        }
      }
    }
    get(b, r.nextInt(6));
    b.write(0x0b);
    return b.toByteArray();
  }

  private static void get(ByteArrayOutputStream b, int local) {
    b.write(0x20);
    b.write(local);
  }

  private static void set(ByteArrayOutputStream b, int local) {
    b.write(0x21);
    b.write(local);
  }

  private static void section(ByteArrayOutputStream m, int id, byte[] payload) {
    m.write(id);
    leb(m, payload.length);
    m.writeBytes(payload);
  }

  private static void leb(ByteArrayOutputStream out, int value) {
    long v = value & 0xffffffffL;
    do {
      int b = (int) (v & 0x7f);
      v >>>= 7;
      out.write(v != 0 ? b | 0x80 : b);
    } while (v != 0);
  }

  private static void sleb(ByteArrayOutputStream out, int value) {
    while (true) {
      int b = value & 0x7f;
      value >>= 7;
      if ((value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0)) {
        out.write(b);
        return;
      }
      out.write(b | 0x80);
    }
  }
}
