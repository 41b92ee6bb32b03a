/* Integers and small arrays: fannkuch-redux (permutations and prefix reversals) of size n. */
#include "bench.h"

#define MAX_N 16

uint32_t run(uint32_t n) {
  if (n < 3 || n > 12) return 0;
  int perm[MAX_N], perm1[MAX_N], count[MAX_N];
  int max_flips = 0, checksum = 0, perm_count = 0;
  for (uint32_t i = 0; i < n; i++) perm1[i] = (int)i;
  int r = (int)n;
  for (;;) {
    while (r != 1) {
      count[r - 1] = r;
      r--;
    }
    for (uint32_t i = 0; i < n; i++) perm[i] = perm1[i];
    int flips = 0;
    int k;
    while ((k = perm[0]) != 0) {
      for (int i = 0, j = k; i < j; i++, j--) {
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      flips++;
    }
    if (flips > max_flips) max_flips = flips;
    checksum += (perm_count % 2 == 0) ? flips : -flips;
    for (;;) {
      if (r == (int)n) return (uint32_t)checksum * 100u + (uint32_t)max_flips;
      int perm0 = perm1[0];
      for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    perm_count++;
  }
}
