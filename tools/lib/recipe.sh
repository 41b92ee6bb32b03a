# Helpers for fixture recipes (the build.sh files under fixtures/ and examples/).
# tools/build-fixtures sources this file, changes into the recipe's directory and sources build.sh.
#
# Every recipe builds from its own directory with relative paths (nothing absolute is baked into a
# binary) and writes its outputs (*.wasm, *.so) there. Intermediate files go to $OBJ_DIR.
#
# All helpers use one set of flags (-O2, -s): zig builds its wasi libc once per configuration
# (1-2 minutes each), so every main module shares the same one; PIC main modules need a second.

# Known-harmless lines zig prints on every build; anything else on stderr is shown.
_RECIPE_NOISE=(
  -e "argument unused during compilation: '-mred-zone'"  # zig passes it to every wasm compile
  -e "creating shared libraries, with -shared, is not yet stable"  # wasm-ld, on every -shared link
)

# zig ARGS...: the pinned zig (tools/zig), stderr filtered of the noise above.
zig() {
  local err status=0
  err="$(mktemp "$OBJ_DIR/stderr.XXXXXX")"
  "$ZIG" "$@" 2>"$err" || status=$?
  grep -v "${_RECIPE_NOISE[@]}" "$err" >&2 || true
  rm -f "$err"
  return "$status"
}

# Flags shared by every module of a kind.
SIDE_CFLAGS=(-target wasm32-wasi -fPIC -fvisibility=default -O2)
# shellcheck disable=SC2054 # the commas belong to -Wl, options
SIDE_LDFLAGS=(-target wasm32-wasi -shared -nostdlib -O2 -s -Wl,--import-symbols
  -Wl,--export=__wasm_call_ctors)
MAIN_FLAGS=(-target wasm32-wasi -O2 -s -rdynamic -fvisibility=default
  -Xlinker --import-memory -Xlinker --import-table)
# shellcheck disable=SC2054
PIC_MAIN_FLAGS=(-target wasm32-wasi -O2 -s -rdynamic -shared -fvisibility=default
  -Xlinker --import-memory -Xlinker --import-table -Wl,--import-symbols)

# Splits "OUT ARG... [-- LINKFLAG...]" into _out, _srcs (*.c), _cflags (other ARGs, used for both
# compiling and linking, e.g. -mcpu=...) and _ldflags (after --, linking only).
_split_args() {
  _out="$1"
  shift
  _srcs=() _cflags=() _ldflags=()
  while (($#)); do
    case "$1" in
      --) shift; _ldflags=("$@"); break ;;
      *.c) _srcs+=("$1") ;;
      *) _cflags+=("$1") ;;
    esac
    shift
  done
  ((${#_srcs[@]})) || { echo "recipe: no .c source given for $_out" >&2; return 1; }
}

# side_module OUT.so SRC.c... [CFLAG...] [-- LINKFLAG...]
# The two-step recipe of shared/toolchain.md: compile with -fPIC, then link -shared -nostdlib so
# zig's libc stays out of the side module (its libc symbols become env.* imports).
side_module() {
  _split_args "$@" || return 1
  local objs=() src obj
  for src in "${_srcs[@]}"; do
    obj="$OBJ_DIR/${_out//\//_}.${src//\//_}.o"
    zig cc "${SIDE_CFLAGS[@]}" "${_cflags[@]}" -c "$src" -o "$obj" || return 1
    objs+=("$obj")
  done
  zig cc "${SIDE_LDFLAGS[@]}" "${_cflags[@]}" "${objs[@]}" "${_ldflags[@]}" -o "$_out"
}

# main_module OUT.wasm SRC.c... [CFLAG...] [-- LINKFLAG...]
# A non-PIC main module that imports memory and table so side modules can share them. -rdynamic
# exports only the program's own symbols: pass -Wl,--export=<sym> for each libc symbol side
# modules use.
main_module() {
  _split_args "$@" || return 1
  zig cc "${MAIN_FLAGS[@]}" "${_cflags[@]}" "${_srcs[@]}" "${_ldflags[@]}" -o "$_out"
}

# pic_main_module OUT.wasm SRC.c... [CFLAG...] [-- LINKFLAG...]
# The seed's -shared main-module recipe plus -Wl,--import-symbols: a main module with its own
# dylink.0 (zig builds a second, -fPIC libc for it).
pic_main_module() {
  _split_args "$@" || return 1
  zig cc "${PIC_MAIN_FLAGS[@]}" "${_cflags[@]}" "${_srcs[@]}" "${_ldflags[@]}" -o "$_out"
}

# strip_dwarf FILE.wasm
# Removes the DWARF custom sections (".debug_*") and keeps everything else, the "name" section
# included (guest backtraces use it). zig's libc objects carry DWARF with absolute paths of the
# zig cache, so a module linked without -s would depend on where the checkout lives; zig maps
# wasm-ld's --strip-debug to a full strip, hence this small post-processing step.
strip_dwarf() {
  python3 - "$1" <<'PY'
import sys
path = sys.argv[1]
data = open(path, "rb").read()
def leb(pos):
    result = shift = 0
    while True:
        byte = data[pos]; pos += 1
        result |= (byte & 0x7F) << shift; shift += 7
        if byte < 0x80:
            return result, pos
out = bytearray(data[:8])
pos = 8
while pos < len(data):
    start = pos
    section_id = data[pos]; pos += 1
    size, body = leb(pos)
    end = body + size
    if section_id == 0:
        name_len, name_start = leb(body)
        if data[name_start:name_start + name_len].startswith(b".debug"):
            pos = end
            continue
    out += data[start:end]
    pos = end
open(path, "wb").write(bytes(out))
PY
}
