// bench/python: CPython (CoWasm's python.wasm) on dylink4j next to the same python.wasm on node
// under CoWasm's own JavaScript runtime, and native CPython 3.11 as a reference. Run through
// bench/python/run, which installs the node side first; `bench/python/run --help` lists the options.
//
// Steady state: each workload (workloads/*.py) plus driver.py is one Python program, run once per
// engine in a fresh process; it times run(N) itself and prints its per-round times and checksum.
// A checksum that differs from the one native CPython printed (workloads.properties) fails the
// run. Start-up: wall time from spawning the process to the first byte on stdout, and to its exit.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, appendFileSync, existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const cowasmExec = join(here, "cowasm", "exec.js");
const cowasmCli = join(here, "cowasm", "node_modules", "python-wasm", "bin", "python-wasm");

const usage = `bench/python/run [--quick] [--workloads a,b] [--engines dylink4j,node,native]
                 [--warmup SECONDS] [--rounds N] [--startup-runs N] [--no-startup] [--no-steady]
                 [--jmh]

  --quick          tiny work sizes, no warm-up, one round, 2 start-up runs: a smoke test whose
                   timings mean nothing
  --warmup S       warm-up budget per workload and engine (default 15 s): rounds run until S
                   seconds have passed, then the timed rounds
  --rounds N       timed rounds (default 10); the table shows their median
  --startup-runs N start-up runs per command after one unmeasured run (default 10)
  --engines        any of dylink4j, node, native (default: all)
  --jmh            also the dylink4j column measured through the Java API: JMH calling
                   Python.eval("run(N)") per operation (bench/python/jmh; installs dylink4j-python
                   into ~/.m2 and builds the benchmark jar first)

The dylink4j command is ./dylink4j python (override with DYLINK4J_PYTHON="cmd args"); native is
python3 (its version must be 3.11 for the checksums to be comparable).`;

function parseArgs(argv) {
  const o = {
    quick: false, workloads: null, engines: ["dylink4j", "node", "native"],
    warmup: 15, rounds: 10, startupRuns: 10, startup: true, steady: true, jmh: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case "--quick": o.quick = true; break;
      case "--workloads": o.workloads = value().split(","); break;
      case "--engines": o.engines = value().split(","); break;
      case "--warmup": o.warmup = Number(value()); break;
      case "--rounds": o.rounds = Number(value()); break;
      case "--startup-runs": o.startupRuns = Number(value()); break;
      case "--no-startup": o.startup = false; break;
      case "--no-steady": o.steady = false; break;
      case "--jmh": o.jmh = true; break;
      case "-h": case "--help": console.log(usage); process.exit(0);
      default: fail(`unknown argument ${a} (see --help)`);
    }
  }
  if (o.quick) Object.assign(o, { warmup: 0, rounds: 1, startupRuns: 2 });
  for (const e of o.engines) if (!["dylink4j", "node", "native"].includes(e)) fail(`unknown engine ${e}`);
  return o;
}

function fail(message) {
  console.error(`bench/python: ${message}`);
  process.exit(1);
}

function readProperties(file) {
  const props = new Map();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^([^#=\s][^=]*)=(.*)$/.exec(line.trim());
    if (m) props.set(m[1].trim(), m[2].trim());
  }
  return props;
}

// The command line of each engine, given a file holding the Python program.
function engineCommand(engine, file, code) {
  switch (engine) {
    case "dylink4j": {
      const base = process.env.DYLINK4J_PYTHON
        ? process.env.DYLINK4J_PYTHON.split(" ") : [join(root, "dylink4j"), "python"];
      // -c: the program needs no guest file system mapping for its own source.
      return [...base, "-c", code];
    }
    case "node": return ["node", cowasmExec, file];
    case "native": return ["python3", file];
  }
}

function run(cmd) {
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`${cmd[0]}: ${r.error.message}`);
  return r;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const geomean = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
// Ratios: two decimals, or two significant digits below 0.1 (0.043x, not 0.04x).
const fmtRatio = (r) => (r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)) + "x";

function steadyState(o, results) {
  const props = readProperties(join(here, "workloads.properties"));
  const workloads = o.workloads ?? props.get("workloads").split(/\s+/);
  const driver = readFileSync(join(here, "driver.py"), "utf8");
  const rows = [];
  for (const w of workloads) {
    if (!props.has(`${w}.n`)) fail(`no workload ${w} in workloads.properties`);
    const n = props.get(o.quick ? `${w}.quick.n` : `${w}.n`);
    const expected = props.get(o.quick ? `${w}.quick.checksum` : `${w}.checksum`);
    const code = `WORKLOAD = ${JSON.stringify(w)}\nN = ${n}\nWARMUP_S = ${o.warmup}\nROUNDS = ${o.rounds}\n\n`
      + readFileSync(join(here, "workloads", `${w}.py`), "utf8") + "\n\n" + driver;
    const file = join(results, `${w}.py`);
    writeFileSync(file, code);
    const row = { workload: w, n };
    for (const engine of o.engines) {
      process.stderr.write(`bench/python: ${w} (N=${n}) on ${engine} ...`);
      const t0 = Date.now();
      const r = run(engineCommand(engine, file, code));
      appendFileSync(join(results, `${engine}.log`), `== ${w}\n${r.stdout}${r.stderr}`);
      const line = r.stdout.split("\n").find((l) => l.startsWith("PYBENCH "));
      if (r.status !== 0 || !line) {
        process.stderr.write("\n" + r.stdout.slice(-2000) + r.stderr.slice(-4000));
        fail(`${w} failed on ${engine} (exit status ${r.status}; log in ${relative(root, results)}/${engine}.log)`);
      }
      const m = /^PYBENCH (\S+) (.*) warm=(\S*) times=(\S*)$/.exec(line);
      if (!m) fail(`${engine} printed a malformed line: ${line}`);
      const [, , checksum, warm, times] = m;
      if (checksum !== expected) {
        fail(`${w} on ${engine}: checksum ${checksum}, native CPython 3.11 printed ${expected}`);
      }
      const ms = times.split(",").map(Number);
      const warmMs = warm.split(",").map(Number);
      row[engine] = median(ms);
      appendFileSync(join(results, "steady.jsonl"),
        JSON.stringify({ workload: w, engine, n: Number(n), checksum, warm: warmMs, times: ms }) + "\n");
      process.stderr.write(` median ${fmt(median(ms))} ms (${warmMs.length} warm-up rounds, ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
    }
    rows.push(row);
  }
  return rows;
}

// dylink4j through the Java API under JMH (bench/python/jmh): median ms per workload.
function jmhColumn(o, workloads, results) {
  const mvn = (...args) => {
    const r = spawnSync(join(root, "mvnw"), ["-q", "-B", ...args], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
    if (r.status !== 0) fail(`./mvnw ${args.join(" ")} failed`);
  };
  process.stderr.write("bench/python: building dylink4j-python and bench/python/jmh ...\n");
  mvn("-pl", "python", "-am", "install", "-DskipTests", "-Dspotless.check.skip", "-Dinvoker.skip");
  mvn("-f", "bench/python/jmh/pom.xml", "package", "-Dspotless.check.skip");
  const json = join(results, "jmh.json");
  const args = ["-Xss128m", "-jar", join(here, "jmh", "target", "python-benchmarks.jar"), "PythonEval",
    "-p", `workload=${workloads.join(",")}`, "-rf", "json", "-rff", json];
  if (o.quick) args.push("-p", "quick=true", "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms");
  process.stderr.write("bench/python: JMH, dylink4j Java API ...\n");
  const r = spawnSync("java", args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  writeFileSync(join(results, "jmh.log"), r.stdout + r.stderr);
  if (r.status !== 0) {
    if (r.stdout.includes("Unable to acquire the JMH lock")) {
      fail("another JMH run (bench/run?) holds /tmp/jmh.lock: run again when it has finished");
    }
    fail(`JMH failed (log: ${relative(root, results)}/jmh.log)`);
  }
  const medians = {};
  for (const b of JSON.parse(readFileSync(json, "utf8"))) {
    medians[b.params.workload] = median(b.primaryMetric.rawData.flat());
  }
  return medians;
}

function steadyTable(o, rows) {
  const has = (e) => o.engines.includes(e);
  const cols = ["workload", "N"];
  if (has("dylink4j")) cols.push("dylink4j ms");
  if (o.jmh) cols.push("dylink4j Java API (JMH) ms");
  if (has("node")) cols.push(has("dylink4j") ? "node (CoWasm) / dylink4j" : "node (CoWasm) ms");
  if (has("native")) cols.push(has("dylink4j") ? "native CPython / dylink4j" : "native CPython ms");
  const out = [`| ${cols.join(" | ")} |`, `|${cols.map((_, i) => (i < 1 ? "---" : "---:")).join("|")}|`];
  const ratio = (e, r) => (has("dylink4j") ? `${fmtRatio(r[e] / r.dylink4j)} (${fmt(r[e])} ms)` : fmt(r[e]));
  for (const r of rows) {
    const cells = [r.workload, r.n];
    if (has("dylink4j")) cells.push(fmt(r.dylink4j));
    if (o.jmh) cells.push(fmt(r.jmh));
    for (const e of ["node", "native"]) if (has(e)) cells.push(ratio(e, r));
    out.push(`| ${cells.join(" | ")} |`);
  }
  if (rows.length > 1 && has("dylink4j")) {
    const cells = ["geometric mean", ""];
    cells.push("1");
    if (o.jmh) cells.push("");
    for (const e of ["node", "native"]) {
      if (has(e)) cells.push(`**${fmtRatio(geomean(rows.map((r) => r[e] / r.dylink4j)))}**`);
    }
    out.push(`| ${cells.join(" | ")} |`);
  }
  return out.join("\n");
}

// One start-up: ms to the first byte on stdout and to the exit, what it printed, and the CPU time
// (user + sys, from GNU time when it is installed: on a loaded machine CPU time is the steadier
// number, wall time depends on what else runs).
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
function timeOnce(cmd, cpuFile) {
  const argv = gnuTime ? [gnuTime, "-f", "%U %S", "-o", cpuFile, ...cmd] : cmd;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let first = null;
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      if (first === null) first = process.hrtime.bigint();
      stdout += d;
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => {
      const end = process.hrtime.bigint();
      const ms = (t) => Number(t - t0) / 1e6;
      let cpuMs = NaN;
      if (gnuTime && existsSync(cpuFile)) {
        const [user, sys] = readFileSync(cpuFile, "utf8").trim().split(/\s+/).map(Number);
        cpuMs = (user + sys) * 1000;
      }
      resolve({ status, stdout, stderr, firstMs: first === null ? NaN : ms(first), exitMs: ms(end), cpuMs });
    });
  });
}

async function startup(o, results) {
  const code = "print(1+1)";
  const commands = [];
  if (o.engines.includes("dylink4j")) {
    const base = process.env.DYLINK4J_PYTHON ? process.env.DYLINK4J_PYTHON.split(" ") : [join(root, "dylink4j"), "python"];
    commands.push({ name: "`dylink4j python -c` (precompiled bundles)", engine: "dylink4j", cmd: [...base, "-c", code] });
  }
  if (o.engines.includes("node")) {
    commands.push({ name: "node: CoWasm `python-wasm -c` (its CLI)", engine: "node", cmd: ["node", cowasmCli, "-c", code] });
    commands.push({ name: "node: CoWasm `syncPython()` + `exec` (cowasm/exec.js)", engine: "node", cmd: ["node", cowasmExec, "-c", code] });
  }
  if (o.engines.includes("native")) {
    commands.push({ name: "native `python3 -c`", engine: "native", cmd: ["python3", "-c", code] });
  }
  const rows = [];
  for (const c of commands) {
    process.stderr.write(`bench/python: start-up, ${c.name} ...`);
    const first = [];
    const exit = [];
    const cpu = [];
    for (let i = 0; i <= o.startupRuns; i++) {
      const r = await timeOnce(c.cmd, join(results, "startup-cpu.txt"));
      if (r.status !== 0 || r.stdout !== "2\n") {
        process.stderr.write("\n" + r.stderr.slice(-3000));
        fail(`start-up: ${c.cmd.join(" ")} printed ${JSON.stringify(r.stdout)} with exit status ${r.status}`);
      }
      if (i === 0) continue; // unmeasured: builds, archives, disk caches
      first.push(r.firstMs);
      exit.push(r.exitMs);
      cpu.push(r.cpuMs);
      appendFileSync(join(results, "startup.jsonl"), JSON.stringify({ command: c.cmd, firstMs: r.firstMs, exitMs: r.exitMs, cpuMs: r.cpuMs }) + "\n");
    }
    rows.push({ ...c, first: median(first), exit: median(exit), cpu: median(cpu), min: Math.min(...first), max: Math.max(...first) });
    process.stderr.write(` median ${fmt(median(first))} ms to the first print\n`);
  }
  const d = rows.find((r) => r.engine === "dylink4j");
  const out = [
    `| command | first print: median (min–max) ms | exit: median ms | CPU user+sys: median ms |${d ? " first print / dylink4j's | CPU / dylink4j's |" : ""}`,
    `|---|---:|---:|---:|${d ? "---:|---:|" : ""}`,
  ];
  for (const r of rows) {
    const ratios = d ? ` ${fmtRatio(r.first / d.first)} | ${fmtRatio(r.cpu / d.cpu)} |` : "";
    out.push(`| ${r.name} | ${fmt(r.first)} (${fmt(r.min)}–${fmt(r.max)}) | ${fmt(r.exit)} | ${fmt(r.cpu)} |${ratios}`);
  }
  return out.join("\n");
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.engines.includes("native")) {
    const v = spawnSync("python3", ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" });
    if (v.error || v.stdout.trim() !== "3.11") {
      console.error(`bench/python: no python3 3.11 on the PATH (${v.error ? v.error.message : v.stdout.trim()}): native column skipped`);
      o.engines = o.engines.filter((e) => e !== "native");
    }
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
  const results = join(here, "target", "results", stamp + (o.quick ? "-quick" : ""));
  mkdirSync(results, { recursive: true });
  console.error(`bench/python: results in ${relative(root, results)}`);
  const startLoad = load();
  const started = new Date();
  const sections = [];
  if (o.steady) {
    const rows = steadyState(o, results);
    if (o.jmh) {
      const jmh = jmhColumn(o, rows.map((r) => r.workload), results);
      for (const r of rows) r.jmh = jmh[r.workload];
    }
    const jmhNote = o.jmh ? " The JMH column times one `Python.eval(\"run(N)\")` per operation (bench/python/jmh: 5 × 3 s warm-up, 5 × 2 s measured iterations, median)." : "";
    sections.push(`Steady state: median of ${o.rounds} timed rounds after a ${o.warmup} s warm-up, each workload in a fresh process per engine; ratios are the engine's time / dylink4j's (above 1: dylink4j is faster).${jmhNote}\n\n${steadyTable(o, rows)}`);
  }
  if (o.startup) {
    sections.push(`Start-up of \`print(1+1)\`, median of ${o.startupRuns} runs after one unmeasured run:\n\n${await startup(o, results)}`);
  }
  const fmtTime = (d) => d.toISOString().slice(0, 16).replace("T", " ");
  const table = `Run ${fmtTime(started)}–${fmtTime(new Date()).slice(11)} UTC, load average ${startLoad} at the start, ${load()} at the end${o.quick ? " (--quick: timings mean nothing)" : ""}\n\n${sections.join("\n\n")}\n`;
  writeFileSync(join(results, "table.md"), table);
  console.log(table);
}

main().catch((err) => fail(err.stack ?? String(err)));
