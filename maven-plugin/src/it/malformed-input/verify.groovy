def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("dylink4j: 1 wasm module(s) cannot be compiled") : log
assert log =~ /libcut\.so: malformed: .*runs past the end of the file/ : log
true
