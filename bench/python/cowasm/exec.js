// The node side of bench/python: CoWasm's own JavaScript runtime (python-wasm 0.28.1 on
// @cowasm/kernel 0.28.0, V8) running python.wasm, the same bytes dylink4j runs.
//
//   node exec.js FILE.py     exec the file's code with python.exec (cowasm_python_exec)
//   node exec.js -c CODE     exec CODE
//
// syncPython with the "stdlib" file system: python-stdlib.zip mounted at /usr/lib/python3.11 and
// python.wasm from dist/ (the "everything" default loads the same python.wasm from a larger zip
// holding numpy, sympy, ...). PYTHONHOME must be set for that file system, as the host contract
// says. python.exec prints no traceback on an exception (CoWasm clears it), so the code should
// print its own; the exit status is 1 then.
"use strict";
const { readFileSync } = require("fs");
const { syncPython } = require("python-wasm");

async function main() {
  const args = process.argv.slice(2);
  let code;
  if (args[0] === "-c" && args.length === 2) {
    code = args[1];
  } else if (args.length === 1 && args[0] !== "-c") {
    code = readFileSync(args[0], "utf8");
  } else {
    console.error("usage: node exec.js FILE.py | -c CODE");
    process.exit(2);
  }
  const python = await syncPython({
    fs: "stdlib",
    env: { PYTHONHOME: "/usr", PYTHONDONTWRITEBYTECODE: "1" },
  });
  let status = 0;
  try {
    python.exec(code);
  } catch (err) {
    status = 1;
  }
  // sys.stdout is block-buffered when fd 1 is not a terminal.
  python.exec("import sys; sys.stdout.flush(); sys.stderr.flush()");
  process.exit(status);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
