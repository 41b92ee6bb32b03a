/* Indirect calls: a tiny register VM whose every instruction is executed by calling its handler
 * through a table of function pointers (call_indirect in wasm). The program loops n times. */
#include "bench.h"

typedef struct vm {
  uint32_t reg[8];
  int pc;
} vm;

typedef struct insn {
  uint8_t op, a, b, c;
} insn;

typedef void (*handler)(vm *, const insn *);

/* noinline keeps every handler a real function, so dispatch really is an indirect call. */
#define H(name) __attribute__((noinline)) static void name(vm *m, const insn *i)
H(op_add) { m->reg[i->a] = m->reg[i->b] + m->reg[i->c]; m->pc++; }
H(op_xor) { m->reg[i->a] = m->reg[i->b] ^ m->reg[i->c]; m->pc++; }
H(op_mul) { m->reg[i->a] = m->reg[i->b] * m->reg[i->c]; m->pc++; }
H(op_rotl) { uint32_t s = m->reg[i->c] & 31; m->reg[i->a] = (m->reg[i->b] << s) | (m->reg[i->b] >> ((32 - s) & 31)); m->pc++; }
H(op_load) { m->reg[i->a] = (uint32_t)i->b << 8 | i->c; m->pc++; }
H(op_dec) { m->reg[i->a]--; m->pc++; }
H(op_jnz) { m->pc = m->reg[i->a] ? i->b : m->pc + 1; }
H(op_halt) { m->pc = -1; (void)i; }

enum { ADD, XOR, MUL, ROTL, LOAD, DEC, JNZ, HALT };
static handler handlers[] = {op_add, op_xor, op_mul, op_rotl, op_load, op_dec, op_jnz, op_halt};

uint32_t run(uint32_t n) {
  /* r0: counter, r1..r3: state, r4..r5: constants. */
  static const insn program[] = {
      {LOAD, 4, 0x9e, 0x37}, /* 0 */
      {LOAD, 5, 0x00, 0x05}, /* 1 */
      {LOAD, 1, 0x12, 0x34}, /* 2 */
      {MUL, 2, 1, 4},        /* 3: loop */
      {ROTL, 3, 2, 5},       /* 4 */
      {XOR, 1, 3, 0},        /* 5 */
      {ADD, 1, 1, 4},        /* 6 */
      {ADD, 2, 2, 1},        /* 7 */
      {DEC, 0, 0, 0},        /* 8 */
      {JNZ, 0, 3, 0},        /* 9 */
      {HALT, 0, 0, 0},       /* 10 */
  };
  vm m = {{n}, 0};
  while (m.pc >= 0) {
    const insn *i = &program[m.pc];
    handlers[i->op](&m, i);
  }
  return m.reg[1] ^ m.reg[2] ^ m.reg[3];
}
