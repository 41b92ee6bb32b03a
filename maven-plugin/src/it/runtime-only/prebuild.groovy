// The program and its two side modules come from fixtures/dylink/lifecycle (built by
// tools/build-fixtures, expected output from glibc), placed where the plugin looks by default.
def from = new File(repositoryRoot, "fixtures/dylink/lifecycle")
def to = new File(basedir, "src/main/wasm")
to.mkdirs()
[["main.wasm", "app.wasm"], ["libcounter.so", "libcounter.so"], ["libkeep.so", "libkeep.so"]].each {
  new File(to, it[1]).bytes = new File(from, it[0]).bytes
}
true
