/* The dynamic-linking workload: run(n) makes 4n calls that cross between the main module and a
 * side module, half of them through function pointers.
 *
 * Built two ways from this file and dynlink_lib.c:
 *  - dynamic (default): libdynlink.so is loaded with dlopen; lib_mix and lib_loop are called through
 *    pointers from dlsym, and lib_loop calls back into this module.
 *  - ONE_MODULE: both files linked into one module with ordinary direct calls: the "direct call in
 *    one module" baseline the cross-module calls are compared with. The functions are noinline, so
 *    the calls stay calls; zig links wasm with LTO, which also turns lib_loop's call through f (always
 *    main_mix here) into a direct call (gcc, without LTO, keeps the pointer call). */
#include <stdint.h>
#include "bench.h"

typedef uint32_t (*mix_fn)(uint32_t acc, uint32_t i);
typedef uint32_t (*loop_fn)(uint32_t n, mix_fn f);

/* Exported to the side module (-rdynamic in the wasm build, -rdynamic natively). */
__attribute__((noinline, visibility("default"))) uint32_t main_step(uint32_t x) {
  return (x + (x << 3)) ^ (x >> 7);
}

__attribute__((noinline)) static uint32_t main_mix(uint32_t acc, uint32_t i) {
  return (acc + i) * 0x85ebca6bu ^ (acc >> 13);
}

#ifdef ONE_MODULE
uint32_t lib_mix(uint32_t acc, uint32_t i);
uint32_t lib_loop(uint32_t n, mix_fn f);
#define MIX lib_mix
#define LOOP lib_loop
static int resolve(void) { return 1; }
#else
/* zig's wasm32-wasi headers have no <dlfcn.h>: for wasm these are env.* imports the host provides;
 * natively glibc's (RTLD_NOW is 2 in both). */
#define RTLD_NOW 2
extern void *dlopen(const char *filename, int flags);
extern void *dlsym(void *handle, const char *symbol);
static mix_fn mix_ptr;
static loop_fn loop_ptr;
#define MIX mix_ptr
#define LOOP loop_ptr
static int resolve(void) {
  if (mix_ptr) return 1;
  void *lib = dlopen("libdynlink.so", RTLD_NOW);
  if (!lib) return 0;
  mix_ptr = (mix_fn)dlsym(lib, "lib_mix");
  loop_ptr = (loop_fn)dlsym(lib, "lib_loop");
  return mix_ptr && loop_ptr;
}
#endif

uint32_t run(uint32_t n) {
  if (!resolve()) return 0;
  uint32_t acc = 0;
  for (uint32_t i = 0; i < n; i++) acc = MIX(acc, i);
  return acc ^ LOOP(n, main_mix);
}
