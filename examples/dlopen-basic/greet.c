/*
 * libgreet.so: the side module loaded by main.c with dlopen.
 *
 * It exercises what a dynamic loader must get right: calls into libc that live in the main
 * module (printf, strlen: env.* imports), a call back into the main module through a function
 * pointer (call_indirect on the shared table), and initialised data holding pointers (the
 * absolute addresses depend on __memory_base, so they are written by __wasm_apply_data_relocs).
 */
#include <stdio.h>
#include <string.h>

/* An array of pointers to strings: every element needs a data relocation. */
static const char *const greetings[] = {"hello", "bonjour", "hallo"};

/* A pointer-holding global of its own, exported (a data symbol, so it is also a GOT.mem entry). */
const char *greet_default_name = "world";

/* Counts calls; main reads it through dlsym to check that data symbols resolve. */
int greet_calls = 0;

/*
 * Greets `name` (or greet_default_name when NULL) in greeting number `which`, asks the caller's
 * `score` callback to score the name's length, prints one line and returns the score.
 */
int greet(const char *name, int which, int (*score)(int length)) {
  if (name == NULL) {
    name = greet_default_name;
  }
  greet_calls++;
  size_t length = strlen(name);
  int result = score((int)length);
  printf("%s, %s! (%zu letters, score %d)\n", greetings[which % 3], name, length, result);
  return result;
}
