// Runs one benchmark workload in node (V8): node run.mjs WASM N ITERATIONS [WARMUP]
// Calls the module's run(N) WARMUP times, then ITERATIONS timed times, and prints one JSON line:
// {"checksum": <u32>, "times_ns": [...]}. Timing happens inside node (process.hrtime), so process
// start-up and compilation are not counted, as with JMH.
import { readFileSync } from 'node:fs';

const [file, nArg, itersArg, warmupArg] = process.argv.slice(2);
if (!file || !nArg || !itersArg) {
  console.error('usage: node run.mjs WASM N ITERATIONS [WARMUP]');
  process.exit(2);
}
const n = Number(nArg);
const iterations = Number(itersArg);
const warmup = Number(warmupArg ?? 0);

const module = new WebAssembly.Module(readFileSync(file));
// The workloads need no imports in run(). zig's crt calls random_get once from _initialize (to seed
// its stack protector): it gets zero bytes, the same in every engine. Any other import traps.
let memory;
const imports = {};
for (const imp of WebAssembly.Module.imports(module)) {
  if (imp.module === 'wasi_snapshot_preview1' && imp.name === 'random_get') {
    imports[imp.module] = {
      ...imports[imp.module],
      random_get: (buf, len) => {
        new Uint8Array(memory.buffer, buf, len).fill(0);
        return 0;
      },
    };
    continue;
  }
  if (imp.kind !== 'function') {
    console.error(`${file}: unsupported import ${imp.module}.${imp.name} (${imp.kind})`);
    process.exit(1);
  }
  (imports[imp.module] ??= {})[imp.name] = () => {
    throw new Error(`${file}: import ${imp.module}.${imp.name} called during the benchmark`);
  };
}
const { exports } = new WebAssembly.Instance(module, imports);
memory = exports.memory;
if (exports._initialize) exports._initialize();
if (typeof exports.run !== 'function') {
  console.error(`${file}: no exported function run`);
  process.exit(1);
}

let checksum;
for (let i = 0; i < warmup; i++) checksum = exports.run(n) >>> 0;
const times = [];
for (let i = 0; i < iterations; i++) {
  const start = process.hrtime.bigint();
  checksum = exports.run(n) >>> 0;
  times.push(Number(process.hrtime.bigint() - start));
}
console.log(JSON.stringify({ checksum, times_ns: times }));
