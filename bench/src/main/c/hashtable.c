/* malloc-heavy: a chained hash table with heap-allocated string keys. run(n) inserts n keys,
 * looks each up twice, deletes every third, re-looks up all, then frees everything. */
#include <stdlib.h>
#include <string.h>
#include "bench.h"

typedef struct entry {
  struct entry *next;
  char *key;
  uint32_t value;
} entry;

typedef struct table {
  entry **buckets;
  uint32_t mask;
} table;

static uint32_t fnv1a(const char *s) {
  uint32_t h = 2166136261u;
  while (*s) h = (h ^ (uint8_t)*s++) * 16777619u;
  return h;
}

/* "k" + decimal i + "-" + a few letters, so keys vary in length. */
static char *make_key(uint32_t i) {
  char tmp[32];
  int len = 0;
  tmp[len++] = 'k';
  uint32_t v = i;
  char digits[12];
  int d = 0;
  do {
    digits[d++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (d) tmp[len++] = digits[--d];
  tmp[len++] = '-';
  for (uint32_t j = 0; j < i % 7; j++) tmp[len++] = (char)('a' + (i + j) % 26);
  tmp[len] = 0;
  char *key = malloc((size_t)len + 1);
  memcpy(key, tmp, (size_t)len + 1);
  return key;
}

static void put(table *t, char *key, uint32_t value) {
  entry *e = malloc(sizeof *e);
  uint32_t b = fnv1a(key) & t->mask;
  e->key = key;
  e->value = value;
  e->next = t->buckets[b];
  t->buckets[b] = e;
}

static entry *get(table *t, const char *key) {
  for (entry *e = t->buckets[fnv1a(key) & t->mask]; e; e = e->next)
    if (strcmp(e->key, key) == 0) return e;
  return 0;
}

static int del(table *t, const char *key) {
  for (entry **p = &t->buckets[fnv1a(key) & t->mask]; *p; p = &(*p)->next)
    if (strcmp((*p)->key, key) == 0) {
      entry *e = *p;
      *p = e->next;
      free(e->key);
      free(e);
      return 1;
    }
  return 0;
}

uint32_t run(uint32_t n) {
  table t;
  uint32_t size = 16;
  while (size < n) size <<= 1;
  t.buckets = calloc(size, sizeof *t.buckets);
  t.mask = size - 1;
  for (uint32_t i = 0; i < n; i++) put(&t, make_key(i), i * 2654435761u);
  uint32_t sum = 0;
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t i = 0; i < n; i++) {
      char *k = make_key(i);
      entry *e = get(&t, k);
      sum = sum * 31 + (e ? e->value : 0xdead);
      free(k);
    }
  for (uint32_t i = 0; i < n; i += 3) {
    char *k = make_key(i);
    sum += (uint32_t)del(&t, k);
    free(k);
  }
  for (uint32_t i = 0; i < n; i++) {
    char *k = make_key(i);
    sum = sum * 31 + (get(&t, k) ? 1u : 2u);
    free(k);
  }
  for (uint32_t b = 0; b < size; b++)
    for (entry *e = t.buckets[b], *next; e; e = next) {
      next = e->next;
      free(e->key);
      free(e);
    }
  free(t.buckets);
  return sum;
}
