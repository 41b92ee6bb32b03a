// A side module cut off inside its first section (written here: no binary in the repository).
def wasm = new File(basedir, "src/main/wasm")
wasm.mkdirs()
new File(wasm, "libcut.so").bytes = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0, 0x20, 8] as byte[]
true
