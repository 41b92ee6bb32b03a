// The jar holds the three bundles, and the application runs them with a class path of the jar,
// dylink4j-runtime (and its Byte Buddy) and dylink4j-wasi: no compiler, no ASM, no Chicory.
import java.util.zip.ZipFile

def jar = new File(basedir, "target/runtime-only-1.0.jar")
assert jar.isFile()
def descriptors = new ZipFile(jar).withCloseable { zip ->
  zip.entries().collect { it.name }.findAll { it.startsWith("META-INF/dylink4j/bundles/") && it.endsWith(".desc") }
}
assert descriptors.size() == 3 : descriptors
assert descriptors.any { it.contains("/app.wasm-") } && descriptors.any { it.contains("/libcounter.so-") } && descriptors.any { it.contains("/libkeep.so-") }

def classPath = new File(basedir, "target/classpath.txt").text.trim().split(File.pathSeparator) as List
assert classPath.size() == 3 : classPath
assert classPath.any { new File(it).name.startsWith("dylink4j-runtime-") } : classPath
assert classPath.any { new File(it).name.startsWith("dylink4j-wasi-") } : classPath
// Library.bind generates its classes with Byte Buddy, the runtime's one dependency.
assert classPath.any { new File(it).name.startsWith("byte-buddy-") } : classPath
assert !classPath.any { it.contains("asm") || it.contains("compiler") || it.contains("chicory") } : classPath

def java = new File(System.getProperty("java.home"), "bin/java").path
def process = new ProcessBuilder(java, "-cp", ([jar.path] + classPath).join(File.pathSeparator),
    "it.App", new File(basedir, "src/main/wasm").path)
    .redirectErrorStream(true).start()
def output = process.inputStream.getText("UTF-8")
process.waitFor()
new File(basedir, "target/run.log").text = output

def expected = """module compilers on the class path: 0
ASM: absent, dylink4j-compiler: absent
app.wasm: BUNDLE
libcounter.so: BUNDLE
libkeep.so: BUNDLE
""" + new File(repositoryRoot, "fixtures/dylink/lifecycle/expected-output.txt").getText("UTF-8")
assert process.exitValue() == 0 : output
assert output == expected : "got:\n" + output
true
