/* Memory traffic: naive double-precision matrix multiply C = A x B of n x n matrices (n <= 512),
 * i-k-j order so the inner loop streams rows. */
#include "bench.h"

#define MAX 512
static double a[MAX * MAX], b[MAX * MAX], c[MAX * MAX];

uint32_t run(uint32_t n) {
  if (n > MAX) return 0;
  for (uint32_t i = 0; i < n * n; i++) {
    a[i] = (double)(i % 17) - 8.0;
    b[i] = (double)(i % 13) * 0.5;
    c[i] = 0;
  }
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t k = 0; k < n; k++) {
      double aik = a[i * n + k];
      for (uint32_t j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
  uint32_t sum = 0;
  for (uint32_t i = 0; i < n * n; i++) sum = sum * 31 + fold_double(c[i]);
  return sum;
}
