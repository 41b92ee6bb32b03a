/*
 * Keeps every public symbol x of zig's wasi libc in the program and lets side modules reach it:
 * wasm-ld exports libc's symbols only for explicit --export flags (they are hidden, and an archive
 * member cannot pass linker flags), so for each x the program exports CoWasm's accessor
 * __WASM_EXPORT__x(), which returns &x: a table index for a function, an address for data.
 * dylink4j calls it to resolve a side module's env.x, GOT.func.x and GOT.mem.x imports and
 * dlsym(RTLD_DEFAULT, "x"). The list is generated (gen-libc-exports) from zig's libc.a.
 */
#include "libc_headers.h"

/* Referenced by dlfcn.c, so that linking dlopen links this member too. */
const char libdylink_libc_exports = 1;

/* Links stack_pointer.o along: the loader finds the program's stack pointer through it. */
void *__dylink4j_stack_pointer(void);
__attribute__((used)) static void *(*const libdylink_keep_stack_pointer)(void) =
    __dylink4j_stack_pointer;

/* export_name exports the accessor even without -rdynamic and keeps it from --gc-sections. */
#define LIBC_EXPORT(x)                                                          \
  __attribute__((export_name("__WASM_EXPORT__" #x), visibility("default"))) void * \
      __WASM_EXPORT__##x(void) {                                                \
    return (void *)&x;                                                          \
  }

#include "libc_symbols.inc"
