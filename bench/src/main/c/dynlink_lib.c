/* The side module of the dynamic-linking workload (libdynlink.so). lib_loop's hot loop calls back
 * into the main module twice per iteration: through a function pointer the main module passed
 * (call_indirect to another module's function) and through a direct call to main_step (an import
 * resolved to the main module's export). */
#include <stdint.h>

extern uint32_t main_step(uint32_t x);

typedef uint32_t (*mix_fn)(uint32_t acc, uint32_t i);

/* Called by the main module through a pointer from dlsym (or directly, in the one-module build). */
__attribute__((noinline)) uint32_t lib_mix(uint32_t acc, uint32_t i) {
  return (acc ^ i) * 0x9e3779b1u + (acc >> 15);
}

__attribute__((noinline)) uint32_t lib_loop(uint32_t n, mix_fn f) {
  uint32_t acc = 1;
  for (uint32_t i = 0; i < n; i++) {
    acc = f(acc, i);
    acc = main_step(acc);
  }
  return acc;
}
