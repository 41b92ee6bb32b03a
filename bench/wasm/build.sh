# Recipe for the benchmark workloads (helpers: tools/lib/recipe.sh). Run it with tools/build-fixtures bench
# (which CI runs with --check). Sources live in ../src/main/c, shared with the
# native gcc build that bench/run makes at run time.
#
# Each workload is a reactor (no main, no _start): it exports run(n) and, from zig's crt,
# _initialize. Nothing in run() needs WASI, so any engine can call it with trapping stubs for
# whatever imports libc still declares.
SRC=../src/main/c
REACTOR=(-target wasm32-wasi -O2 -s -mexec-model=reactor)

for w in nbody fannkuch sha256 matmul interp hashtable; do
  zig cc "${REACTOR[@]}" -I"$SRC" "$SRC/$w.c" -o "$w.wasm"
done

# Dynamic linking: main module + side module (the loader shares memory, table and stack pointer),
# and the same C as one module, the direct-call baseline (and what engines without a dylink loader
# run).
side_module libdynlink.so "$SRC/dynlink_lib.c"
main_module dynlink.wasm "$SRC/dynlink_main.c" -I"$SRC" -mexec-model=reactor -- \
  -Wl,--import-symbols -Wl,--export=malloc -Wl,--export=free -Wl,--export=__stack_pointer
zig cc "${REACTOR[@]}" -I"$SRC" -DONE_MODULE "$SRC/dynlink_main.c" "$SRC/dynlink_lib.c" \
  -o dynlink-one.wasm

# Start-up: a WASI command.
zig cc -target wasm32-wasi -O2 -s "$SRC/hello.c" -o hello.wasm
