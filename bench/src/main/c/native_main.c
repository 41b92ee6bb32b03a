/* Native driver (gcc -O2, linked with one workload): native_WORKLOAD N ITERATIONS [WARMUP]
 * prints the same JSON line as bench/node/run.mjs: {"checksum": ..., "times_ns": [...]}. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "bench.h"

static long long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s N ITERATIONS [WARMUP]\n", argv[0]);
    return 2;
  }
  uint32_t n = (uint32_t)strtoul(argv[1], 0, 10);
  int iterations = atoi(argv[2]);
  int warmup = argc > 3 ? atoi(argv[3]) : 0;
  uint32_t checksum = 0;
  for (int i = 0; i < warmup; i++) checksum = run(n);
  printf("{\"checksum\":");
  long long *times = malloc(sizeof *times * (size_t)(iterations > 0 ? iterations : 1));
  for (int i = 0; i < iterations; i++) {
    long long start = now_ns();
    checksum = run(n);
    times[i] = now_ns() - start;
  }
  printf("%u,\"times_ns\":[", checksum);
  for (int i = 0; i < iterations; i++) printf("%s%lld", i ? "," : "", times[i]);
  printf("]}\n");
  free(times);
  return 0;
}
