# Recipe for tools/build-fixtures (helpers: tools/lib/recipe.sh): builds dist/libdylink.a, the
# archive a main module links with `-L libdylink/dist -ldylink` (see README.md, "How to use").
# -g0: no debug info, so no build path in the archive; llvm-ar (zig ar) writes zero timestamps,
# uids and modes by default, so the archive is byte-for-byte reproducible.
LIBDYLINK_CFLAGS=(-target wasm32-wasi -O2 -g0 -Wall -Wno-#warnings -Wno-unused-command-line-argument
  -Iinclude -Isrc)
for src in dlfcn.c libc_exports.c stack_pointer.s; do
  zig cc "${LIBDYLINK_CFLAGS[@]}" -c "src/$src" -o "$OBJ_DIR/${src%.*}.o"
done
mkdir -p dist
rm -f dist/libdylink.a
(cd "$OBJ_DIR" && "$ZIG" ar rcs "$OLDPWD/dist/libdylink.a" dlfcn.o libc_exports.o stack_pointer.o)
