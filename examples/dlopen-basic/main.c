/*
 * The bundled dlopen example: a main module that loads libgreet.so at run time, looks up a
 * function and a data symbol with dlsym, and passes the library a callback of its own.
 *
 * Build: see build.sh (wasm32-wasi with zig). The same file also builds natively with a C
 * compiler and glibc's dlopen, which is how expected-output.txt was produced.
 */
#include <stdio.h>

/*
 * zig's wasm32-wasi headers ship no <dlfcn.h>, so the dlfcn API is declared here; for wasm
 * these become env.dlopen, env.dlsym, ... imports provided by the host. RTLD_NOW has the
 * same value (2) in musl and glibc.
 */
#define RTLD_NOW 2
extern void *dlopen(const char *filename, int flags);
extern void *dlsym(void *handle, const char *symbol);
extern char *dlerror(void);
extern int dlclose(void *handle);

typedef int (*greet_fn)(const char *name, int which, int (*score)(int length));

/* The callback the side module calls back: its address goes through the shared table. */
static int score_times_ten(int length) { return 10 * length; }

int main(void) {
  void *lib = dlopen("libgreet.so", RTLD_NOW);
  if (lib == NULL) {
    printf("dlopen(libgreet.so) failed: %s\n", dlerror());
    return 1;
  }

  greet_fn greet = (greet_fn)dlsym(lib, "greet");
  int *calls = (int *)dlsym(lib, "greet_calls");
  if (greet == NULL || calls == NULL) {
    printf("dlsym failed: %s\n", dlerror());
    return 1;
  }

  int first = greet("dylink4j", 0, score_times_ten);
  int second = greet(NULL, 1, score_times_ten);
  printf("greet returned %d and %d, greet_calls = %d\n", first, second, *calls);

  /* A missing symbol must give NULL and set dlerror (its text differs between loaders). */
  void *missing = dlsym(lib, "no_such_symbol");
  printf("dlsym(no_such_symbol): %s, dlerror set: %s\n", missing == NULL ? "NULL" : "found",
         dlerror() != NULL ? "yes" : "no");

  printf("dlclose: %d\n", dlclose(lib));
  return 0;
}
