# Recipe for tools/build-fixtures (helpers: tools/lib/recipe.sh).

# The side module: libc calls (printf, strlen) become env.* imports resolved from main.wasm.
side_module libgreet.so greet.c

# The main module exports, besides its own symbols (-rdynamic), the libc functions libgreet.so
# imports, malloc/free so a loader can allocate side-module memory inside the program's heap, and
# __stack_pointer so side modules can share the program's C stack. dlopen, dlsym, dlerror and
# dlclose stay undefined and become env.* imports (the host implements them).
main_module main.wasm main.c -- -Wl,--import-symbols \
  -Wl,--export=printf -Wl,--export=strlen \
  -Wl,--export=malloc -Wl,--export=free -Wl,--export=__stack_pointer
