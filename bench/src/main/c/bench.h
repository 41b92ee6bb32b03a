/* Shared by every workload: the single entry point all engines call.
 * run(n) does n units of work and returns a checksum that depends on every result, so no engine
 * (or optimiser) can skip work, and all engines must return the same value. */
#ifndef BENCH_H
#define BENCH_H
#include <stdint.h>

#if defined(__wasm__)
#define BENCH_EXPORT __attribute__((visibility("default"), export_name("run")))
#else
#define BENCH_EXPORT
#endif

BENCH_EXPORT uint32_t run(uint32_t n);

/* Folds a double's exact bits into 32 bits: any difference in the last bit changes the checksum. */
static inline uint32_t fold_double(double d) {
  union {
    double d;
    uint64_t u;
  } v = {d};
  return (uint32_t)(v.u ^ (v.u >> 32));
}
#endif
